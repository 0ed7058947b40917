import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PagesApi } from '../../lib/messages/pages';

// Components never create their own client: the page passes a `PagesClient`, tests pass a Store
// (or any PagesApi), so the same components run against the real store in both.
const ApiContext = createContext<PagesApi | null>(null);

export type ApiProviderProps = { api: PagesApi; children: ComponentChildren };

export function ApiProvider({ api, children }: ApiProviderProps) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): PagesApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiProvider> above it');
  return api;
}

/** An error as one line a person can read; never "[object Object]". Every page's one helper for it. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong.';
}
