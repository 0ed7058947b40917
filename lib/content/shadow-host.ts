// Our own small version of WXT's createShadowRootUi: the same open shadow root with the styles
// passed in as a string (no web-accessible CSS for LinkedIn to probe), without the auto-mount
// machinery we do not use. It kept ~3.5 KB gzipped out of a script that runs on every LinkedIn page.

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
  host: HTMLElement;
  /** Where the UI renders, inside the shadow root. */
  container: HTMLElement;
}

const stop = (event: Event) => event.stopPropagation();

// One <style> per stylesheet, cloned into each root: a list mounts a hundred chip roots at once.
// Keyed by the css string itself, which the caller passes the same each time (its hash is kept).
const styles = new Map<string, { hostCss: string; style: HTMLStyleElement }>();

/** `hostCss`: declarations for the host itself, after the reset (`all: initial`). */
export function createShadowHost(
  tag: string,
  css: string,
  attributes: Record<string, string>,
  hostCss = '',
): ShadowHost {
  const host = document.createElement(tag);
  for (const name in attributes) host.setAttribute(name, attributes[name]!);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  container.className = 'root';
  for (const type of CONTAINED) container.addEventListener(type, stop);
  shadow.append(styleFor(css, hostCss), container);
  return { host, container };
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
