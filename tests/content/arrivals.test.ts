// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installPageDisplay } from '../../lib/content/page-display-install';
import { runPage } from '../../lib/content/page-job';
import { installPageReader } from '../../lib/content/page-reader-install';
import { createSession, type Session } from '../../lib/content/session';
import type { Display } from '../../lib/domain';
import type { ContentApi, PageDraw } from '../../lib/messages/content';
import type { PageReport } from '../../lib/page-report';
import { ARRIVALS, PLACEHOLDER } from './sdui-arrivals';

// Issue 17: LinkedIn's 2026 profile loads Experience, Education and Skills as the user scrolls.
// The real profile job (observer, reader, report) must send one new report per arrival that
// changes the read, none for one that does not, none for its own panel and chips, and must not
// miss an arrival that lands while its first report is still unanswered.

const SLUG = 'chiara-benedetti';
const URL_ = `https://www.linkedin.com/in/${SLUG}/`;
const HTML = readFileSync(join(import.meta.dirname, '../fixtures/pages/sdui-2026.html'), 'utf8');

interface Summary {
  experience: number;
  skills: number;
  cards: number;
}
const summary = (r: PageReport | null): Summary | null =>
  r && {
    experience: r.profile?.experience.length ?? -1,
    skills: r.profile?.skills.length ?? -1,
    cards: r.cards.length,
  };

// As the background answers: every reported card, one of them tagged, so the page display mounts
// chips in the aside (our own writes) beside its panel.
const HOSTS_CRITIQUES = [{ need: 'community' as const, strength: 0.6, reasons: ['Hosts critiques'] }];
const drawFor = (report: PageReport | null, chips: boolean): PageDraw => ({
  tags: [{ need: 'community', strength: 0.7, reasons: ['Runs a design meetup'] }],
  labels: [],
  person: null,
  cards: Object.fromEntries(
    (report?.cards ?? []).map((c) => [
      c.slug,
      { tags: chips && c.slug === 'marco-ferri' ? HOSTS_CRITIQUES : [], labels: [] },
    ]),
  ),
});

let controller: AbortController;
/** The running job's session: where the background's `wanted` message lands. */
let session: Session;
afterEach(() => {
  controller?.abort();
  document.body.innerHTML = '';
});

/** The fixture page, the real profile job on it, and every report it sends, in order. */
function start(display: Display, hold?: Promise<void>, read: boolean | Promise<boolean> = true) {
  // Parsed as a browser does (jsdom splits nested links as Chromium does; happy-dom nests them),
  // then handed over as markup that no longer nests.
  const parsed = new JSDOM(HTML).window.document;
  document.title = parsed.title;
  document.body.innerHTML = parsed.body.innerHTML;
  const reports: (Summary | null)[] = [];
  const api = {
    pageStart: async () => ({
      display,
      panelCollapsed: false,
      read: await read,
      ui: { panelCss: '', chipsCss: '', needNames: { community: 'Community' }, labelWords: {} },
    }),
    reportPage: async (report: PageReport | null) => {
      reports.push(summary(report));
      await hold;
      // Held answers tag no card: no chips go in, whose writes would wake the observer anyway.
      return drawFor(report, !hold);
    },
    // As the background does: the page display's drawing code, injected on the first page that draws.
    loadPageDisplay: async () => installPageDisplay(),
    loadPageReader: async () => installPageReader(),
  } as unknown as ContentApi;
  controller = new AbortController();
  const lifetime = {
    signal: controller.signal,
    alive: () => !controller.signal.aborted,
    end: () => controller.abort(),
  };
  session = createSession(lifetime, api);
  void runPage(session, { kind: 'profile', slug: SLUG }, URL_, controller.signal);
  return reports;
}

const arrive = (part: keyof typeof ARRIVALS) => {
  document.querySelector(PLACEHOLDER[part])!.innerHTML = ARRIVALS[part];
};
/** A few frames and tasks: long enough for a report loop to show itself. */
const frames = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
};

const INITIAL = { experience: 0, skills: 3, cards: 3 };
const WITH_EXPERIENCE = { ...INITIAL, experience: 2 };
const WITH_SKILLS = { ...WITH_EXPERIENCE, skills: 5 };

describe.each(['side-panel', 'page'] as const)('lazy sections arriving, %s display', (display) => {
  it('one report per arrival that changes the read, none for one that does not, no loop', async () => {
    const reports = start(display);
    await vi.waitFor(() => expect(reports).toEqual([INITIAL]));
    await frames();
    expect(reports).toEqual([INITIAL]); // our panel and chips went in: nothing to report

    arrive('experience');
    await vi.waitFor(() => expect(reports.length).toBe(2));
    // Education is not a field the reader keeps: its arrival changes nothing, so nothing is sent.
    arrive('education');
    await frames();
    arrive('skills');
    await vi.waitFor(() => expect(reports.length).toBe(3));
    await frames();
    expect(reports).toEqual([INITIAL, WITH_EXPERIENCE, WITH_SKILLS]);
    if (display === 'page')
      expect(document.querySelectorAll('[data-constellation]').length).toBeGreaterThan(0);
  });

  it('an arrival while the first report is still unanswered is not missed', async () => {
    let answer = () => {};
    const reports = start(display, new Promise<void>((r) => (answer = r)));
    await vi.waitFor(() => expect(reports).toEqual([INITIAL]));
    arrive('experience');
    await frames();
    answer();
    await vi.waitFor(() => expect(reports).toEqual([INITIAL, WITH_EXPERIENCE]));
    await frames();
    expect(reports).toEqual([INITIAL, WITH_EXPERIENCE]);
  });
});

// Issue 15: in the side-panel display a page is read only once someone can see it (a side panel on
// the tab, the pinned badge); until then the script costs the page its start and nothing more.
describe('a page nobody can see yet, side-panel display', () => {
  it('reads nothing until the background says it is wanted, then reads and follows arrivals', async () => {
    const reports = start('side-panel', undefined, false);
    await frames();
    arrive('experience');
    await frames();
    expect(reports).toEqual([]);
    session.wanted();
    await vi.waitFor(() => expect(reports).toEqual([WITH_EXPERIENCE]));
    arrive('skills');
    await vi.waitFor(() => expect(reports).toEqual([WITH_EXPERIENCE, WITH_SKILLS]));
  });

  it('a "wanted" that comes while the page start is on its way is not lost', async () => {
    let answer = (_read: boolean) => {};
    const reports = start('side-panel', undefined, new Promise<boolean>((r) => (answer = r)));
    await frames(1);
    session.wanted();
    answer(false);
    await vi.waitFor(() => expect(reports).toEqual([INITIAL]));
  });

  it('the user moving on before anyone wanted the page leaves nothing waiting', async () => {
    const reports = start('side-panel', undefined, false);
    await frames();
    controller.abort();
    session.wanted();
    await frames();
    expect(reports).toEqual([]);
  });

  it('the page display always reads: it draws what it reads', async () => {
    const reports = start('page', undefined, false);
    await vi.waitFor(() => expect(reports).toEqual([INITIAL]));
  });
});
