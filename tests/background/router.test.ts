import { describe, expect, it } from 'vitest';
import { BackgroundHost } from '../../lib/background/host';
import { createRouter, readableError } from '../../lib/background/router';
import { contentCalls } from '../../lib/messages/content-calls';
import { pagesCalls } from '../../lib/messages/pages-calls';
import { freshStore, profile } from '../store/helpers';
import { fakePort } from './fake-port';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const sidePanel = { id: ID, url: `${ORIGIN}sidepanel.html` };
const PAGE_URL = 'https://www.linkedin.com/in/ines-r/';
const content = { id: ID, url: PAGE_URL, frameId: 0, tab: { id: 7, url: PAGE_URL } };

function setup() {
  const { store } = freshStore();
  const fake = fakePort();
  const host = new BackgroundHost(store, fake.port);
  const route = createRouter(host, { extensionId: ID, extensionOrigin: ORIGIN });
  const call = (method: string, args: unknown[], sender: object = popup) =>
    route({ constellation: 1, method, args }, sender);
  return { store, host, route, call, ...fake };
}

describe('router: who is answered', () => {
  it.each([
    [
      'another extension',
      { constellation: 1, method: 'getConfig', args: [] },
      { id: 'someone-else', url: 'chrome-extension://someone-else/' },
    ],
    [
      'no sender id (a web page via a bridge)',
      { constellation: 1, method: 'getConfig', args: [] },
      { url: 'https://evil.example/' },
    ],
    ['not our marker', { method: 'getConfig', args: [] }, popup],
    ['marker 2', { constellation: 2, method: 'getConfig', args: [] }, popup],
    ['args not an array', { constellation: 1, method: 'getConfig', args: {} }, popup],
    ['a string', 'getConfig', popup],
    ['null', null, popup],
  ])('ignores %s', (_n, message, sender) => {
    const { route } = setup();
    expect(route(message, sender)).toBeUndefined();
  });

  it('answers our own requests with { ok, value }', async () => {
    const { call } = setup();
    const response = await call('getConfig', []);
    expect(response).toMatchObject({ ok: true, value: { needs: expect.any(Array) } });
  });
});

describe('router: arguments are validated per method', () => {
  it.each([
    ['unknown method', 'dropDatabase', [], /Unknown request: dropDatabase/],
    ['prototype key', 'constructor', [], /Unknown request/],
    ['missing arg', 'tagProfile', [], /tagProfile/],
    ['bad slug', 'moveStage', ['../x', 'sent'], /slug/],
    ['bad stage', 'moveStage', ['ines-r', 'married'], /\[1\]/],
    ['extra arg', 'getConfig', [1], /getConfig/],
    ['huge text', 'feedback', ['a'.repeat(500), 'networks', 'reject'], /slug|200/],
    ['bad need id', 'feedback', ['ines-r', 'custom-<script>', 'reject'], /need/],
    ['bad verdict', 'feedback', ['ines-r', 'networks', 'maybe'], /\[2\]/],
    ['bad setting', 'saveSettings', [{ followUpDays: -1 }], /followUpDays/],
    ['page without limit', 'pipelinePage', [{}], /limit/],
    ['page limit too large', 'pipelinePage', [{ limit: 1e9 }], /limit/],
    ['page bad stage', 'pipelinePage', [{ stage: 'married', limit: 8 }], /stage/],
    ['page huge find', 'pipelinePage', [{ query: 'x'.repeat(5000), limit: 8 }], /query/],
    ['import choice unknown', 'importFile', ['b.json', '{}', { conflicts: 'overwrite-all' }], /conflicts/],
  ])('%s → a readable error', async (_n, method, args, message) => {
    const { call } = setup();
    const response = await call(method, args);
    expect(response).toMatchObject({ ok: false });
    expect(response && !response.ok && response.error).toMatch(message);
  });

  it('accepts null for an optional argument (messages turn undefined into null)', async () => {
    const { call, store } = setup();
    await store.savePerson(profile('ines-r'), []);
    expect(await call('moveStage', ['ines-r', 'drafted', null])).toMatchObject({
      ok: true,
      value: { stage: 'drafted' },
    });
    expect(await call('listEvents', [null])).toMatchObject({ ok: true });
    expect(await call('pipelinePage', [{ stage: null, need: null, query: null, limit: 8 }])).toMatchObject({
      ok: true,
      value: { counts: { drafted: 1 }, people: [{ slug: 'ines-r' }] },
    });
    expect(await call('importFile', ['x.json', '{}', null])).toMatchObject({
      ok: true,
      value: { ok: false },
    });
  });

  it('store errors come back as messages, not stack traces', async () => {
    const { call } = setup();
    const response = await call('moveStage', ['nobody', 'sent']);
    expect(response).toEqual({
      ok: false,
      error: 'nobody is not in your pipeline yet: save them from their profile first.',
    });
  });
});

describe('router: the sender picks the contract', () => {
  it('a page starts from its settings and need names, never the needs map or self-profile', async () => {
    const { call } = setup();
    const first = await call('pageStart', [true], content);
    expect(first).toMatchObject({ ok: true, value: { display: 'side-panel', panelCollapsed: false } });
    const value = (first as { value: Record<string, unknown> }).value;
    expect(Object.keys(value).sort()).toEqual(['display', 'panelCollapsed', 'read', 'ui']);
    expect(Object.keys(value.ui as object).sort()).toEqual([
      'chipsCss',
      'labelWords',
      'needNames',
      'panelCss',
    ]);
    // Later pages in the tab ask for the settings only.
    expect(await call('pageStart', [false], content)).toMatchObject({ ok: true, value: { ui: null } });
  });

  it('a page report is checked at the door: a hostile slug, too many cards, a missing field', async () => {
    const { call } = setup();
    const report = {
      url: PAGE_URL,
      kind: 'profile',
      profile: null,
      missing: ['name'],
      cards: [],
      own: false,
    };
    expect(await call('reportPage', [report], content)).toMatchObject({ ok: true, value: { tags: [] } });
    expect(await call('reportPage', [null], content)).toEqual({ ok: true, value: null });
    const card = { slug: 'a-b', name: 'A', headline: null, degree: 2, tags: [] };
    for (const bad of [
      { ...report, cards: [{ ...card, slug: '<img src=x onerror=alert(1)>' }] },
      { ...report, cards: Array.from({ length: 1001 }, (_, i) => ({ ...card, slug: `p-${i}` })) },
      { ...report, kind: 'feed' },
      { ...report, own: undefined },
    ])
      expect(await call('reportPage', [bad], content)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/could not use that request \(reportPage\)/),
      });
  });

  it('our pages get the pages contract, a content script the content contract; the side panel is one of our pages', async () => {
    const { call } = setup();
    expect(await call('exportBackup', [], sidePanel)).toMatchObject({
      ok: true,
      value: { format: 'constellation-backup' },
    });
    expect(await call('pageStart', [false], popup)).toMatchObject({
      ok: false,
      error: 'Unknown request: pageStart',
    });
    expect(await call('diagnosePage', [], sidePanel)).toMatchObject({ ok: false, error: /Unknown request/ });
  });

  it.each([
    ['loadPageDisplay', '/page-display.js'],
    ['loadPageReader', '/page-read.js'],
  ] as const)('%s injects our own script into the sender’s own tab, top frame only', async (method, file) => {
    const { call, calls } = setup();
    expect(await call(method, [], content)).toEqual({ ok: true, value: undefined });
    expect(calls.scripts).toEqual([{ tabId: 7, files: [file] }]);
    // A frame inside the page (no content script of ours runs there), or a sender without a tab.
    await call(method, [], { ...content, frameId: 3 });
    await call(method, [], { id: ID, url: PAGE_URL });
    expect(calls.scripts).toHaveLength(1);
    expect(await call(method, [], popup)).toMatchObject({ ok: false, error: /Unknown request/ });
  });

  it('the content contract is an allowlist of ten calls', () => {
    expect(Object.keys(contentCalls).sort()).toEqual([
      'diagnosePage',
      'feedback',
      'loadPageDisplay',
      'loadPageReader',
      'openDrafter',
      'openNeedsMap',
      'pageStart',
      'reportPage',
      'savePerson',
      'setPanelCollapsed',
    ]);
    expect(Object.keys(pagesCalls)).not.toContain('reportPage');
  });
});

describe('readableError', () => {
  it.each([
    [new Error('Plain words.'), 'Plain words.'],
    [new DOMException('full', 'QuotaExceededError'), /no room left/],
    [new DOMException('x', 'AbortError'), /refused the change \(AbortError\)/],
    ['a string', /Something went wrong/],
    [undefined, /Something went wrong/],
  ])('%s', (error, expected) => {
    expect(readableError(error)).toMatch(expected);
  });
});
