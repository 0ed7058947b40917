/**
 * A part of the content script that not every page needs, injected by the background on first use
 * into the tab's top frame, our isolated world (no web-accessible resource: it comes as an
 * injection). The injected script leaves its functions on a symbol of that world's global, where
 * the page cannot reach, and the content script picks them up there.
 */
export interface InjectedPart<T> {
  /** The part, asking the background to `inject` it the first time; null when it could not. */
  load(inject: () => Promise<void>): Promise<T | null>;
  /** Run by the injected script: leaves the part where `load` finds it. */
  provide(part: T): void;
  /**
   * A new copy of the content script (the extension updated while the tab stayed open) must not
   * run an older build's part, left in the same isolated world: it injects its own.
   */
  forget(): void;
}

export function injectedPart<T>(name: string): InjectedPart<T> {
  const key = Symbol.for(`constellation.${name}`);
  const global = globalThis as { [key]?: T };
  return {
    async load(inject) {
      if (!global[key]) await inject().catch(() => {});
      return global[key] ?? null;
    },
    provide(part) {
      global[key] = part;
    },
    forget() {
      delete global[key];
    },
  };
}
