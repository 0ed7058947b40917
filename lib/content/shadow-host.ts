// Our own small version of WXT's createShadowRootUi, with the styles passed in as a string (no
// web-accessible CSS for LinkedIn to probe) and without the auto-mount machinery we do not use. It
// kept ~3.5 KB gzipped out of a script that runs on every LinkedIn page.
//
// The root is closed (issue 15): with an open one a page script read the person's tags, every
// reason (which quote the user's private asks) and the pipeline stage. `host.shadowRoot` is null
// to the page; the only reference to the root is the one returned here, in our isolated world.

// Keys typed or clicks made in our UI stay in it: LinkedIn has page-wide keyboard shortcuts and
// card-wide click handlers.
const CONTAINED = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
];

export interface ShadowHost {
  /** In the page: carries `data-constellation` and nothing of the user's. */
  host: HTMLElement;
  /** Closed: ours alone. */
  root: ShadowRoot;
  /** Where the UI renders, inside the shadow root. */
  container: HTMLElement;
}

const stop = (event: Event) => event.stopPropagation();

// One <style> per stylesheet, cloned into each root: a list mounts a hundred chip roots at once.
// Keyed by the css string itself, which the caller passes the same each time (its hash is kept).
const styles = new Map<string, { hostCss: string; style: HTMLStyleElement }>();

/**
 * `hook`: the host's `data-constellation` (PRODUCT.md), its only attribute. `hostCss`: declarations
 * for the host itself, after the reset (`all: initial`).
 */
export function createShadowHost(tag: string, css: string, hook: string, hostCss = ''): ShadowHost {
  const host = document.createElement(tag);
  host.setAttribute('data-constellation', hook);
  const shadow = host.attachShadow({ mode: 'closed' });
  const container = document.createElement('div');
  container.className = 'root';
  for (const type of CONTAINED) container.addEventListener(type, stop);
  shadow.append(styleFor(css, hostCss), container);
  return { host, root: shadow, container };
}

function styleFor(css: string, hostCss: string): Node {
  let known = styles.get(css);
  if (known?.hostCss !== hostCss) {
    const style = document.createElement('style');
    // The page's styles never reach in (`all: initial` on the host), ours never leak out.
    style.textContent = `:host{all:initial !important;${hostCss}}\n${css}`;
    known = { hostCss, style };
    styles.set(css, known);
  }
  return known.style.cloneNode(true);
}
