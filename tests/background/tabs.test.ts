import { describe, expect, it } from 'vitest';
import { createTabFollower, type TabChange } from '../../lib/background/tabs';

// The background follows LinkedIn tabs for the content script: it tells a script that is there
// where the tab went, and injects one only into a page it serves (a profile or people list).

function follower({ there = false, injectFails = false, read = true } = {}) {
  const told: [number, unknown][] = [];
  const injected: number[] = [];
  const follow = createTabFollower({
    tell: async (tabId, message) => {
      told.push([tabId, message]);
      if (!there) throw new Error('Could not establish connection. Receiving end does not exist.');
      return true;
    },
    inject: async (tabId) => {
      injected.push(tabId);
      if (injectFails) throw new Error('Frame with ID 0 was removed.');
    },
    runs: async () => read,
  });
  return { follow, told, injected };
}

const complete = (url: string): [TabChange, TabChange] => [
  { status: 'complete' },
  { status: 'complete', url },
];

describe('following LinkedIn tabs', () => {
  it('injects the script when a tab without it navigates in-page to a profile (Chrome: loading, then complete)', async () => {
    const f = follower();
    const url = 'https://www.linkedin.com/in/oriane-castel/';
    await f.follow(7, { status: 'loading', url }, { status: 'loading', url });
    expect(f.told).toEqual([]); // not while the page may still be half-loaded
    await f.follow(7, ...complete(url));
    expect(f.told).toEqual([[7, { constellation: 1, navigated: url }]]);
    expect(f.injected).toEqual([7]);
  });

  it('injects on a people list too, and on Firefox’s URL change of a settled tab', async () => {
    const f = follower();
    const url = 'https://www.linkedin.com/search/results/people/?keywords=hydrology';
    await f.follow(3, { url }, { status: 'complete', url });
    expect(f.injected).toEqual([3]);
  });

  it('injects nothing where nobody would see the page read (no side panel, no badge)', async () => {
    const f = follower({ read: false });
    await f.follow(5, ...complete('https://www.linkedin.com/in/oriane-castel/'));
    expect(f.told).toHaveLength(1);
    expect(f.injected).toEqual([]);
  });

  it('only tells a script that is already there, never injects a second one', async () => {
    const f = follower({ there: true });
    await f.follow(1, ...complete('https://www.linkedin.com/in/bashir-okafor/'));
    expect(f.told).toHaveLength(1);
    expect(f.injected).toEqual([]);
  });

  it('injects nothing on pages without a job: feed, messaging, jobs', async () => {
    const f = follower();
    for (const path of ['feed/', 'messaging/thread/1/', 'jobs/view/42/', 'in/someone/details/experience/'])
      await f.follow(2, ...complete(`https://www.linkedin.com/${path}`));
    expect(f.told).toHaveLength(4); // a script injected earlier still hears that the tab left
    expect(f.injected).toEqual([]);
  });

  it('leaves tabs on other sites alone entirely', async () => {
    const f = follower();
    for (const url of [
      'https://example.com/in/x/',
      'https://linkedin.com.evil.test/in/x/',
      'chrome://newtab/',
    ])
      await f.follow(4, ...complete(url));
    await f.follow(4, { status: 'complete' }, { status: 'complete' }); // no URL: not our host
    expect(f.told).toEqual([]);
    expect(f.injected).toEqual([]);
  });

  it('a tab that closes while we inject is not an error', async () => {
    const f = follower({ injectFails: true });
    await expect(f.follow(5, ...complete('https://www.linkedin.com/in/x/'))).resolves.toBeUndefined();
    expect(f.injected).toEqual([5]);
  });
});
