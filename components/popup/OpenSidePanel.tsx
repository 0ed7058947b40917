import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../shared/ApiContext';
import type { SidePanelOpener } from './side-panel-opener';

export interface OpenSidePanelProps {
  opener: SidePanelOpener;
  /** After the panel opened: the popup closes, the panel is where the user goes on. */
  onOpened?: () => void;
}

/** "Open side panel", on the user's click, with the keyboard shortcut that does the same. */
export function OpenSidePanel({ opener, onOpened }: OpenSidePanelProps) {
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    opener.shortcut().then(
      (key) => live && setShortcut(key),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [opener]);
  const open = () => {
    setProblem(null);
    // No await before open(): the browser lets the panel open only inside the click.
    opener.open().then(
      () => onOpened?.(),
      (e: unknown) => setProblem(`The side panel did not open: ${errorText(e)}`),
    );
  };
  return (
    <div class="open-side-panel" data-constellation="open-side-panel">
      <button type="button" class="primary small-btn" data-action="open-side-panel" onClick={open}>
        Open side panel
      </button>
      <span class="muted small">
        {shortcut ? (
          <>
            or press <kbd>{shortcut}</kbd>
          </>
        ) : (
          'Set a shortcut for it in your browser’s extension shortcuts.'
        )}
      </span>
      {problem ? (
        <p class="error small" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
