import { describe, expect, it } from 'vitest';
import { BackgroundHost } from '../../lib/background/host';
import { createRouter } from '../../lib/background/router';
import { freshStore, profile } from '../store/helpers';
import { fakePort } from './fake-port';

// What a compromised LinkedIn renderer can get from the background (issue 13): it holds the
// content script's own context, so it can send any message a content script can. Each call below
// answered it before; now each is refused or answered with only what its page draws, while our
// own pages keep every one.

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const PAGE_URL = 'https://www.linkedin.com/in/ines-r/';
const LIST_URL = 'https://www.linkedin.com/search/results/people/?keywords=risk';
const content = { id: ID, url: PAGE_URL, frameId: 0, tab: { id: 7, url: PAGE_URL } };
const list = { id: ID, url: LIST_URL, frameId: 0, tab: { id: 9, url: LIST_URL } };
const NOTE = 'Private: met at the clinic, owes me a favour';
const SENT = 'Hello Ines, would you have 20 minutes next week?';
const NOW = '2026-03-02T09:00:00.000Z';

async function setup() {
  const { store } = freshStore();
  await store.saveNeeds([
    { id: 'project-feedback', status: 'unmet', ask: 'feedback on risk models', keywords: ['risk models'] },
  ]);
  // Ines is in the pipeline, with a note and a sent message: what a page must never read.
  await store.savePerson(profile('ines-r'), ['project-feedback']);
  await store.moveStage('ines-r', 'sent', { channel: 'message', text: SENT, note: NOTE });
  await store.savePerson(profile('kai-m'), []);
  const fake = fakePort();
  const route = createRouter(new BackgroundHost(store, fake.port), {
    extensionId: ID,
    extensionOrigin: ORIGIN,
  });
  const call = (method: string, args: unknown[], sender: object) =>
    route({ constellation: 1, method, args }, sender);
  return { store, call, ...fake };
}

const person = async (store: Awaited<ReturnType<typeof setup>>['store'], slug: string) =>
  (await store.listPeople()).find((p) => p.slug === slug);

describe('a content script asks for more than its page needs', () => {
  // Valid arguments, so only the sender decides.
  it.each([
    ['listEvents', []],
    ['exportPipelineCsv', []],
    ['listNetwork', [10]],
    ['agreement', ['ines-r']],
    ['needsMap', []],
    ['getConfig', []],
    ['saveSettings', [{ notifications: false, lastExportAt: NOW }]],
    ['moveStage', ['ines-r', 'closed', { closedReason: 'declined' }]],
    ['logTouch', ['ines-r', { kind: 'follow-up', text: 'Nudge' }]],
    ['tagProfile', [profile('ines-r')]],
    ['tagCards', [[{ slug: 'kai-m', name: 'Kai', headline: null, degree: 2, tags: [] }]]],
    ['listPeople', []],
    ['exportBackup', []],
    ['importFile', ['x.json', '{"format":"constellation-backup","version":1}']],
    ['saveNeeds', [[]]],
    ['deleteNeed', ['custom-x']],
    ['tabPage', [7]],
    ['currentPageTags', []],
    ['fillMessageBox', [7, { text: 'Hi' }]],
    ['diagnoseTab', [7]],
  ])('%s: does not exist for a content script, and answers our pages', async (method, args) => {
    const { call, store } = await setup();
    const before = await store.exportBackup();
    expect(await call(method, args, content)).toEqual({ ok: false, error: `Unknown request: ${method}` });
    expect({ ...(await store.exportBackup()), exportedAt: before.exportedAt }).toEqual(before);
    expect(await call(method, args, popup)).toMatchObject({ ok: true });
  });

  it('the panel may only collapse: no other setting changes', async () => {
    const { call, store } = await setup();
    expect(await call('setPanelCollapsed', [true], content)).toEqual({ ok: true, value: undefined });
    const { settings } = await store.getConfig();
    expect(settings).toMatchObject({ panelCollapsed: true, notifications: true, lastExportAt: null });
  });

  it('savePerson, feedback and openDrafter on another slug are refused; on its own person they work', async () => {
    const { call, store, calls } = await setup();
    const refused = { ok: false, error: expect.stringMatching(/not on this page/) };
    expect(
      await call('savePerson', [{ slug: 'kai-m', name: 'Kai' }, ['project-feedback']], content),
    ).toMatchObject(refused);
    expect(await call('savePerson', [{ slug: 'someone-new' }, []], content)).toMatchObject(refused);
    expect(await call('feedback', ['kai-m', 'project-feedback', 'reject'], content)).toMatchObject(refused);
    expect(await call('openDrafter', ['kai-m', null], content)).toMatchObject(refused);
    expect((await person(store, 'kai-m'))?.needs).toEqual([]);
    expect((await person(store, 'kai-m'))?.rejected).toEqual([]);
    expect(await person(store, 'someone-new')).toBeUndefined();
    expect(calls.tabs).toEqual([]);

    expect(await call('feedback', ['ines-r', 'project-feedback', 'confirm'], content)).toMatchObject({
      ok: true,
    });
    expect(await call('openDrafter', ['ines-r', 'project-feedback'], content)).toMatchObject({ ok: true });
    expect(calls.tabs).toHaveLength(1);
    // Our pages act on anyone.
    expect(await call('feedback', ['kai-m', 'project-feedback', 'reject'], popup)).toMatchObject({
      ok: true,
    });
  });

  it('a saved person comes back as the page draws them: stage and confirmed needs, no notes', async () => {
    const { call } = await setup();
    const answer = await call(
      'savePerson',
      [{ slug: 'ines-r', name: 'Ines' }, ['project-feedback']],
      content,
    );
    expect(answer).toEqual({ ok: true, value: { stage: 'sent', inPipeline: true, confirmed: [] } });
  });

  it('a reported page comes back with its tags and the stage, never the notes or history', async () => {
    const { call } = await setup();
    const report = {
      url: PAGE_URL,
      kind: 'profile',
      profile: profile('ines-r'),
      missing: [],
      cards: [],
      own: false,
    };
    const answer = await call('reportPage', [report], content);
    expect(answer).toMatchObject({ ok: true, value: { person: { stage: 'sent' } } });
    const value = (answer as { value: Record<string, unknown> }).value;
    expect(Object.keys(value).sort()).toEqual(['cards', 'labels', 'person', 'tags']);
    expect(JSON.stringify(value)).not.toMatch(/Private|favour|20 minutes|notes|createdAt/);
  });

  it('a card its page reported may be saved; a card it did not report may not', async () => {
    const { call, store } = await setup();
    const card = { slug: 'ana-p', name: 'Ana', headline: 'Statistician on risk models', degree: 2, tags: [] };
    const report = {
      url: LIST_URL,
      kind: 'people-list',
      profile: null,
      missing: [],
      cards: [card],
      own: false,
    };
    const answer = await call('reportPage', [report], list);
    expect(answer).toMatchObject({
      ok: true,
      // The card is answered (whether it earns a tag is the matcher's business, tests/match).
      value: { cards: { 'ana-p': { tags: expect.any(Array), labels: expect.any(Array) } } },
    });
    expect(await call('savePerson', [{ slug: 'ana-p', name: 'Ana' }, []], list)).toMatchObject({ ok: true });
    expect(await call('savePerson', [{ slug: 'bo-l', name: 'Bo' }, []], list)).toMatchObject({ ok: false });
    // Another tab's cards are not this tab's.
    expect(await call('feedback', ['ana-p', 'project-feedback', 'reject'], content)).toMatchObject({
      ok: false,
    });
    expect((await person(store, 'ana-p'))?.stage).toBe('identified');
  });

  it('a sender without a tab (or a tab on another site) acts on nobody', async () => {
    const { call } = await setup();
    const noTab = { id: ID, url: PAGE_URL };
    const elsewhere = {
      id: ID,
      url: 'https://evil.example/in/ines-r/',
      tab: { id: 3, url: 'https://evil.example/in/ines-r/' },
    };
    for (const sender of [noTab, elsewhere])
      expect(await call('feedback', ['ines-r', 'project-feedback', 'reject'], sender)).toMatchObject({
        ok: false,
      });
  });
});
