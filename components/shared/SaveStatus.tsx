import { useCallback, useState } from 'preact/hooks';
import type { SaveState } from './autosave';

const RANK: Record<SaveState['kind'], number> = { idle: 0, saved: 1, pending: 2, saving: 3, error: 4 };

/** The one state worth showing when several savers report: an error wins, then work in flight. */
export function combineStates(states: Iterable<SaveState>): SaveState {
  let worst: SaveState = { kind: 'idle' };
  for (const state of states) if (RANK[state.kind] > RANK[worst.kind]) worst = state;
  return worst;
}

/** Collects the reports of every saver on the page (see SaveReportContext). */
export function useSaveStates(): [SaveState, (key: string, state: SaveState) => void] {
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const report = useCallback((key: string, state: SaveState) => {
    setStates((old) => (old[key] === state ? old : { ...old, [key]: state }));
  }, []);
  return [combineStates(Object.values(states)), report];
}

export type SaveStatusProps = { state: SaveState };

/** Quiet by design: a word, not a toast. Errors say what failed and that the edit is kept. */
export function SaveStatus({ state }: SaveStatusProps) {
  const text =
    state.kind === 'saved'
      ? 'Saved'
      : state.kind === 'saving' || state.kind === 'pending'
        ? 'Saving…'
        : state.kind === 'error'
          ? `Not saved: ${state.message}. Your edits are kept here and retried on your next change.`
          : '';
  return (
    <p
      class={`save-status save-status-${state.kind}`}
      role="status"
      aria-live="polite"
      data-save-state={state.kind}
    >
      {text || null}
    </p>
  );
}
