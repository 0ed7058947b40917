// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Lifetime } from '../../lib/content/lifetime';
import { installPageDisplay } from '../../lib/content/page-display-install';
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

  it('a new copy draws with its own build’s page display, never one an older copy left', () => {
    installPageDisplay();
    const key = Symbol.for('constellation.page-display');
    expect((globalThis as Record<symbol, unknown>)[key]).toBeDefined();
    startContent(api);
    expect((globalThis as Record<symbol, unknown>)[key]).toBeUndefined();
    running()?.end();
  });
});
