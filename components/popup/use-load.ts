import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../shared/ApiContext';

export interface Loaded<T> {
  value: T | null;
  error: string | null;
}

/**
 * Runs `load` when `key` changes and keeps the latest answer; a slow earlier answer never
 * overwrites a newer one. The popup's side panels (follow-ups, boldness…) load after the first paint;
 * `ready` false holds them back while the popup shows only its cached first screen.
 */
export function useLoad<T>(load: () => Promise<T>, key: unknown, ready = true): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ value: null, error: null });
  useEffect(() => {
    if (!ready) return;
    let live = true;
    load().then(
      (value) => live && setState({ value, error: null }),
      (e: unknown) => live && setState((s) => ({ ...s, error: errorText(e) })),
    );
    return () => {
      live = false;
    };
  }, [key, ready]);
  return state;
}
