import { errorText } from './ApiContext';

// Save-as-you-type without losing the last keystrokes: a debounced queue that coalesces edits,
// saves one batch at a time in order, keeps a failed batch for the next attempt, and can be
// flushed at once (blur, pagehide, a discrete click).

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

export interface SaverOptions<T> {
  save(value: T): Promise<void>;
  /** How a newer edit joins one not yet saved; by default the newer one replaces it. */
  merge?(older: T, newer: T): T;
  delay?: number;
  onState?(state: SaveState): void;
}

export interface Saver<T> {
  push(value: T): void;
  /** Saves what is pending now; resolves when every save started so far has finished. */
  flush(): Promise<void>;
  hasPending(): boolean;
}

export function createSaver<T>(options: SaverOptions<T>): Saver<T> {
  const delay = options.delay ?? 300;
  const merge = options.merge ?? ((_older: T, newer: T) => newer);
  const report = (state: SaveState) => options.onState?.(state);
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!pending) return chain;
    const { value } = pending;
    pending = null;
    chain = chain.then(async () => {
      report({ kind: 'saving' });
      try {
        await options.save(value);
        if (!pending) report({ kind: 'saved' });
      } catch (error) {
        // Keep the edit: the next change or flush tries it again, with newer edits on top.
        pending = { value: pending ? merge(value, pending.value) : value };
        report({ kind: 'error', message: errorText(error) });
      }
    });
    return chain;
  };

  return {
    push(value) {
      pending = { value: pending ? merge(pending.value, value) : value };
      report({ kind: 'pending' });
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    hasPending: () => pending !== null,
  };
}
