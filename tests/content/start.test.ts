// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Lifetime } from '../../lib/content/lifetime';
import { installPageDisplay } from '../../lib/content/page-display-install';
import { installPageReader } from '../../lib/content/page-reader-install';
import { startContent } from '../../lib/content/start';
import type { ContentApi } from '../../lib/messages/content';

// A page can get a second copy of the content script: the manifest and the background racing, or
// the extension updated while the tab stayed open. The newest copy must end the one before, or two
// would tag the page (or an orphan would keep a stale panel) until the tab reloads.

const running = () =>
  (globalThis as Record<symbol, Lifetime | undefined>)[Symbol.for('constellation.content')];
// This page (about:blank) has no job, so the PagesApi is never called.
const api = {} as ContentApi;

describe('startContent', () => {
  it('a second copy in the same page ends the first and takes over', () => {
    startContent(api);
    const first = running();
    expect(first?.signal.aborted).toBe(false);
    startContent(api);
    const second = running();
    expect(second).not.toBe(first);
    expect(first?.signal.aborted).toBe(true);
    expect(second?.signal.aborted).toBe(false);
    second?.end();
  });

  it.each([
    ['page display', 'constellation.page-display', installPageDisplay],
    ['page reader', 'constellation.page-reader', installPageReader],
  ])('a new copy runs its own build’s %s, never one an older copy left', (_, name, install) => {
    install();
    const key = Symbol.for(name);
    expect((globalThis as Record<symbol, unknown>)[key]).toBeDefined();
    startContent(api);
    expect((globalThis as Record<symbol, unknown>)[key]).toBeUndefined();
    running()?.end();
  });
});
