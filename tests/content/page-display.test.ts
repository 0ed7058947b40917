// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLifetime } from '../../lib/content/lifetime';
import { forgetPageDisplay } from '../../lib/content/page-display';
import { installPageDisplay } from '../../lib/content/page-display-install';
import { createSession } from '../../lib/content/session';
import type { ContentApi } from '../../lib/messages/content';

// The page display's drawing code is not in the content script (lib/content/page-display.ts): the
// background injects it on the first page that draws. A tab asks for it once; a tab whose
// background cannot inject it draws nothing, and says nothing to the page.

afterEach(() => {
  forgetPageDisplay();
  document.body.replaceChildren();
});

function session(load: () => Promise<void>) {
  const loadPageDisplay = vi.fn(load);
  return {
    s: createSession(createLifetime(), { loadPageDisplay } as unknown as ContentApi),
    loadPageDisplay,
  };
}

describe('the page display, injected on first use', () => {
  it('is asked for once per tab, then its panel mounts in a host of ours', async () => {
    const { s, loadPageDisplay } = session(async () => installPageDisplay());
    expect(await s.pageDisplay()).not.toBeNull();
    expect(await s.pageDisplay()).not.toBeNull();
    expect(loadPageDisplay).toHaveBeenCalledTimes(1);
    s.panel('');
    expect(document.querySelectorAll('[data-constellation="profile-panel"]')).toHaveLength(1);
  });

  it('a copy that finds it already injected (by an earlier copy in the tab) does not ask again', async () => {
    installPageDisplay();
    const { s, loadPageDisplay } = session(async () => {});
    expect(await s.pageDisplay()).not.toBeNull();
    expect(loadPageDisplay).not.toHaveBeenCalled();
  });

  it('when the background cannot inject it: null, nothing drawn, no panel to mount', async () => {
    const { s } = session(async () => {
      throw new Error('Constellation’s background did not answer. Reload the extension.');
    });
    expect(await s.pageDisplay()).toBeNull();
    expect(() => s.panel('')).toThrow();
    expect(document.body.children).toHaveLength(0);
  });
});
