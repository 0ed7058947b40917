import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { askEarly, FIRST_ROWS, pinnedTab, takeEarly } from '../../lib/messages/early-asks';
import { send } from '../../lib/messages/wire';

// The side panel's early asks (lib/messages/early-asks.ts) over WXT's fake browser: what the
// background is asked, when, and that the panel's own first calls take those answers once.

let asked: { method: string; args: unknown[] }[] = [];
let answer: (method: string, n: number) => unknown = (method, n) => ({ ok: true, value: `${method} #${n}` });

beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { method: string; args: unknown[] };
    asked.push({ method: m.method, args: m.args });
    const n = asked.length;
    return Promise.resolve().then(() => answer(m.method, n));
  });
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).__constellationEarlyAsks;
  answer = (method, n) => ({ ok: true, value: `${method} #${n}` });
});

describe('early asks', () => {
  it('asks the first render’s three questions at once, and the panel’s calls take each answer once', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/ada/' });
    askEarly(`?tab=${tab.id}`);
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual([
      { method: 'getConfig', args: [] },
      { method: 'pipelinePage', args: [{ limit: FIRST_ROWS }] },
      { method: 'tabPage', args: [tab.id] },
    ]);
    expect(await send('getConfig', [])).toBe('getConfig #1');
    expect(await send('tabPage', [tab.id])).toBe('tabPage #3');
    expect(asked).toHaveLength(3);
    // Taken once: the next call asks afresh, as does a call with other arguments.
    expect(await send('getConfig', [])).toBe('getConfig #4');
    expect(await send('pipelinePage', [{ limit: 50 }])).toBe('pipelinePage #5');
    expect(await send('pipelinePage', [{ limit: FIRST_ROWS }])).toBe('pipelinePage #2');
    expect(asked).toHaveLength(5);
    expect(((await takeEarly('tabs.get', [tab.id])) as { url?: string }).url).toBe(tab.url);
    expect(takeEarly('tabs.get', [tab.id])).toBeUndefined();
  });

  it('unpinned (the real side panel, Firefox’s sidebar): no tab is asked about', async () => {
    askEarly('');
    await new Promise((r) => setTimeout(r, 0));
    expect(asked.map((a) => a.method)).toEqual(['getConfig', 'pipelinePage']);
    expect(takeEarly('tabs.get', [1])).toBeUndefined();
  });

  it('a page that asked nothing early asks as always', async () => {
    expect(takeEarly('getConfig', [])).toBeUndefined();
    expect(await send('getConfig', [])).toBe('getConfig #1');
  });

  it('an early error reaches the call that takes it, and one nobody takes is not unhandled', async () => {
    // The background's worker gone: every message rejects.
    answer = (method) => {
      throw new Error(`${method}: no answer`);
    };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    askEarly('');
    await expect(send('getConfig', [])).rejects.toThrow('getConfig: no answer');
    // pipelinePage's rejection is never taken.
    await new Promise((r) => setTimeout(r, 20));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });

  it('?tab= takes only a plain tab id', () => {
    expect(pinnedTab('?tab=42')).toBe(42);
    for (const search of ['', '?tab=', '?tab=-1', '?tab=4.2', '?tab=1e3', '?tab=12345678901', '?x=1'])
      expect(pinnedTab(search)).toBeNull();
  });
});
