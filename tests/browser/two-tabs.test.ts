import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Need, OutreachEvent, Person, UserConfig } from '../../lib/domain';
import { recordFigures } from '../properties/figures';
import { closedRoots } from './closed-root';
import { BASHIR, ORIANE, person, TOVA_ON_PAGE } from './config';
import { type Harness, launch } from './harness';

// Several contexts writing at once through the one background, in real Chromium: two profile tabs,
// the popup and the options page. Afterwards every write must be there: no update lost.

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const ROUNDS = 25;
const THIRD = { slug: 'tarik-amundsen-fictional', name: 'Tarik Amundsen' };
const third: Person = person(THIRD.slug, THIRD.name, {
  headline: 'Head of Hydrology at a fictional agency',
  company: 'Fictional Agency',
});

let h: Harness;
beforeAll(async () => {
  h = await launch();
  const result = await h.call<{ ok: boolean; message: string }>(
    'importFile',
    'seed.json',
    JSON.stringify({ ...TOVA_ON_PAGE, people: [third] }),
  );
  if (!result.ok) throw new Error(result.message);
});
afterAll(() => h?.close());

/** The background's Api, called from inside one extension page (its own runtime port). */
function caller(page: Page) {
  return async <T>(method: string, ...args: unknown[]): Promise<T> => {
    const response = (await page.evaluate(
      ([m, a]) => chrome.runtime.sendMessage({ constellation: 1, method: m, args: a }),
      [method, args] as const,
    )) as { ok: boolean; value?: T; error?: string };
    if (!response?.ok) throw new Error(`${method}: ${response?.error}`);
    return response.value as T;
  };
}

const PANEL = '[data-constellation="profile-panel"]';

describe('two tabs and the popup writing at once', () => {
  it('both profile tabs save from their panels while the popup advances a third person', async () => {
    const [a, b, popup] = await Promise.all([
      h.open(`/in/${ORIANE.slug}/`),
      h.open(`/in/${BASHIR.slug}/`),
      h.openExtensionPage('popup.html'),
    ]);
    const [inA, inB] = [closedRoots(a), closedRoots(b)];
    await Promise.all([
      inA.waitFor(PANEL, '[data-need]'),
      inB.waitFor(PANEL, '[data-need]'),
      popup.locator(`[data-person="${THIRD.slug}"] [data-action="advance"]`).waitFor(),
    ]);
    await Promise.all([
      inA.click(PANEL, '[data-action="save"]'),
      inB.click(PANEL, '[data-action="save"]'),
      popup.locator(`[data-person="${THIRD.slug}"] [data-action="advance"]`).click(),
    ]);
    await Promise.all([
      inA.waitFor(PANEL, '[data-action="save"]', { hasText: 'Saved' }),
      inB.waitFor(PANEL, '[data-action="save"]', { hasText: 'Saved' }),
      popup.locator(`[data-stage="drafted"] [data-person="${THIRD.slug}"]`).waitFor(),
    ]);
    const people = await h.call<Person[]>('listPeople');
    const stage = (slug: string) => people.find((p) => p.slug === slug)?.stage;
    expect([stage(ORIANE.slug), stage(BASHIR.slug), stage(THIRD.slug)]).toEqual([
      'identified',
      'identified',
      'drafted',
    ]);
    for (const page of [a, b, popup]) {
      expect(page.errors).toEqual([]);
      await page.close();
    }
  });

  it(`${ROUNDS} rounds of parallel writes from four contexts: every write is kept`, async () => {
    const pages = await Promise.all([
      h.openExtensionPage('popup.html'),
      h.openExtensionPage('popup.html'),
      h.openExtensionPage('popup.html'),
      h.openExtensionPage('options.html'),
    ]);
    const [tabA, tabB, popup, options] = pages.map(caller) as [
      ReturnType<typeof caller>,
      ReturnType<typeof caller>,
      ReturnType<typeof caller>,
      ReturnType<typeof caller>,
    ];
    const eventsBefore = (await h.call<OutreachEvent[]>('listEvents', THIRD.slug)).length;
    const needs = (await h.call<UserConfig>('getConfig')).needs;
    const need = (id: string) => needs.find((n) => n.id === id) as Need;
    let writes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const calls = [
        tabA('savePerson', { slug: `round-a-${round}`, name: `Round A ${round}` }, ['networks']),
        tabB('savePerson', { slug: `round-b-${round}`, name: `Round B ${round}` }, ['community']),
        tabB('feedback', ORIANE.slug, round % 2 ? 'sponsorship' : 'networks', 'reject'),
        tabA('feedback', `judged-${round}`, 'safe-space', 'reject'),
        popup('logTouch', THIRD.slug, { kind: 'follow-up', note: `round ${round}` }),
        popup('saveSettings', { followUpDays: round + 1 }),
        popup('saveNeeds', [{ ...need('community'), ask: `community ask ${round}` }]),
        options('saveNeeds', [{ ...need('sponsorship'), ask: `sponsor ask ${round}` }]),
        options('saveSettings', { display: round % 2 === 0 ? 'side-panel' : 'page' }),
      ];
      writes += calls.length;
      await Promise.all(calls);
    }
    const people = await h.call<Person[]>('listPeople');
    const slugs = new Set(people.map((p) => p.slug));
    const missingPeople = Array.from({ length: ROUNDS }, (_, i) => [`round-a-${i}`, `round-b-${i}`])
      .flat()
      .filter((slug) => !slugs.has(slug));
    const oriane = people.find((p) => p.slug === ORIANE.slug);
    const events = await h.call<OutreachEvent[]>('listEvents', THIRD.slug);
    const notes = new Set(events.map((e) => e.note));
    const missingTouches = Array.from({ length: ROUNDS }, (_, i) => `round ${i}`).filter(
      (n) => !notes.has(n),
    );
    const config = await h.call<UserConfig>('getConfig');
    const last = ROUNDS - 1;
    const lost =
      missingPeople.length +
      missingTouches.length +
      (['sponsorship', 'networks'] as const).filter((n) => !oriane?.rejected.includes(n)).length +
      Number(config.settings.followUpDays !== ROUNDS) +
      Number(config.settings.display !== (last % 2 === 0 ? 'side-panel' : 'page')) +
      Number(config.needs.find((n) => n.id === 'community')?.ask !== `community ask ${last}`) +
      Number(config.needs.find((n) => n.id === 'sponsorship')?.ask !== `sponsor ask ${last}`);
    recordFigures('two-tabs', { rounds: ROUNDS, writes, lost });
    expect(missingPeople).toEqual([]);
    expect(missingTouches).toEqual([]);
    expect(events.length - eventsBefore).toBe(ROUNDS);
    expect(oriane?.rejected).toEqual(expect.arrayContaining(['sponsorship', 'networks']));
    expect(config.settings.followUpDays).toBe(ROUNDS);
    expect(config.settings.display).toBe(last % 2 === 0 ? 'side-panel' : 'page');
    expect(config.needs.find((n) => n.id === 'community')?.ask).toBe(`community ask ${last}`);
    expect(config.needs.find((n) => n.id === 'sponsorship')?.ask).toBe(`sponsor ask ${last}`);
    expect(lost).toBe(0);
    for (const page of pages) {
      expect(page.errors).toEqual([]);
      await page.close();
    }
  });
});
