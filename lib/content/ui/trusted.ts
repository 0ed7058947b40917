// The one way our in-page UI listens (issue 15). The page can script events at anything it can
// reach: `el.click()` and `dispatchEvent` make events with `isTrusted` false, which the browser
// never makes for a person's click, key or focus. Those press nothing here, whatever they target.

type Handlers = HTMLElementEventMap;

/** Listens on `el` for events the user made; events the page synthesised are ignored. */
export function onTrusted<K extends keyof Handlers>(
  el: HTMLElement,
  type: K,
  handler: (event: Handlers[K]) => void,
): void {
  el.addEventListener(type, (event) => {
    if (event.isTrusted) handler(event);
  });
}
