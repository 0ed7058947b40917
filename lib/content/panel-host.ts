import type { Lifetime } from './lifetime';
import { createShadowHost } from './shadow-host';
import { createPanel } from './ui/panel';
import type { ProfilePanelProps } from './ui/panel-props';

export interface PanelHost {
  readonly element: HTMLElement;
  /** The closed root, held only here (our isolated world); the page gets null from the host. */
  readonly root: ShadowRoot;
  /** `key` is the person: a new key starts the panel's own state (saved, rejected) afresh. */
  render(key: string, props: ProfilePanelProps): void;
  remove(): void;
}

/**
 * The one profile panel: a host at the end of <body> with a closed shadow root. If the page removes
 * it we put it back once; a second removal means the page wants it gone, and we do not fight.
 * Gone with `lifetime` (the extension updated or removed).
 */
export function mountPanelHost(css: string, lifetime: Lifetime): PanelHost {
  const { host, root, container } = createShadowHost(
    'constellation-panel',
    css,
    'profile-panel',
    // Out of the page's flow: an inline host appended to <body> made the page lay out all of itself
    // again on every render. Fixed, the panel is laid out on its own, above LinkedIn's top bar (z
    // 900 stays under its dialogs, 1000 and up).
    'position:fixed !important;top:0 !important;left:0 !important;z-index:900 !important',
  );
  document.body.append(host);
  const panel = createPanel(container);

  const watch = new AbortController();
  let remounted = false;
  const observer = new MutationObserver(() => {
    if (!lifetime.alive()) return;
    if (host.isConnected) return;
    if (remounted) return observer.disconnect();
    remounted = true;
    document.body.append(host);
  });
  observer.observe(document.body, { childList: true });
  const remove = () => {
    watch.abort();
    observer.disconnect();
    host.remove();
  };
  lifetime.signal.addEventListener('abort', remove, { once: true, signal: watch.signal });

  return {
    element: host,
    root,
    render: panel.render,
    remove,
  };
}
