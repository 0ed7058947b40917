import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { createSaver, type Saver, type SaveState } from './autosave';

/** Where savers report their state; the page shows one quiet status for all of them. */
export const SaveReportContext = createContext<(key: string, state: SaveState) => void>(() => {});

/**
 * A saver bound to the component's life: flushed when the page is hidden or closed (pagehide,
 * visibilitychange) and on unmount, so nothing typed is lost.
 */
export function useSaver<T>(
  key: string,
  save: (value: T) => Promise<void>,
  merge?: (older: T, newer: T) => T,
  delay = 300,
): Saver<T> {
  const report = useContext(SaveReportContext);
  const saveRef = useRef(save);
  saveRef.current = save;
  const reportRef = useRef(report);
  reportRef.current = report;
  const [saver] = useState(() =>
    createSaver<T>({
      save: (value) => saveRef.current(value),
      merge,
      delay,
      onState: (state) => reportRef.current(key, state),
    }),
  );
  useEffect(() => {
    const flush = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [saver]);
  return saver;
}
