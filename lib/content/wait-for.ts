/**
 * Resolves with the first truthy result of `probe`: at once if the page already shows it, else
 * after the DOM change that makes it so. Never a timer: LinkedIn renders when it renders.
 * Resolves `null` when `signal` aborts (a navigation moved on), so callers need no catch.
 */
export function waitFor<T>(
  root: Node,
  probe: () => T | null | undefined | false,
  signal: AbortSignal,
): Promise<T | null> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(null);
    const now = probe();
    if (now) return resolve(now);
    const observer = new MutationObserver(() => {
      const found = probe();
      if (!found) return;
      stop();
      resolve(found);
    });
    const onAbort = () => {
      stop();
      resolve(null);
    };
    const stop = () => {
      observer.disconnect();
      signal.removeEventListener('abort', onAbort);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * Calls `onChange` at most once per animation frame while `relevant` mutations keep arriving, until
 * `signal` aborts. For re-reading lazily loaded sections without a polling loop.
 */
export function onDomChange(
  root: Node,
  relevant: (records: MutationRecord[]) => boolean,
  onChange: () => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  let frame = 0;
  const observer = new MutationObserver((records) => {
    if (frame || !relevant(records)) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) onChange();
    });
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    },
    { once: true },
  );
}
