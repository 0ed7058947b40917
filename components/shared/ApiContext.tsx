import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from '../../lib/api';

// Components never create their own client: the page passes `createClient()`, tests pass a Store
// (or any Api), so the same components run against the real store in both.
const ApiContext = createContext<Api | null>(null);

export type ApiProviderProps = { api: Api; children: ComponentChildren };

export function ApiProvider({ api, children }: ApiProviderProps) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiProvider> above it');
  return api;
}

/** An error as one line a person can read; never "[object Object]". */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong.';
}
