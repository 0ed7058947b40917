import { describe, expect, it } from 'vitest';
import { EMPTY_SELF, NEED_IDS, type Profile } from '../../lib/domain';
import { createMatcher, FLOOR, matchCard, matchDetailed, matchProfile } from '../../lib/match';
import { config, needs, person } from './people';

// Dr. Ines Varga (fictional): what Mara needs for her paper, and more.
const INES = person({
  slug: 'ines-varga',
  name: 'Ines Varga',
  headline: 'Professor of Biostatistics | clinical risk models',
  company: 'Lakeside University',
  degree: 2,
  mutualConnections: 12,
  skills: ['Survival Analysis', 'Grant Writing'],
  experience: [
    { title: 'Professor of Biostatistics', company: 'Lakeside University', dates: '2015 – Present' },
  ],
});

const feedbackOnly = (status: 'unmet' | 'partly' | 'met', extra = {}) =>
  config({
    needs: needs([
      { id: 'project-feedback', status, ask: 'Feedback on my paper on clinical risk models', ...extra },
    ]),
  });

describe('matchProfile: which needs get tags', () => {
  it('tags an unmet need with reasons naming the evidence', () => {
    const { tags } = matchProfile(feedbackOnly('unmet'), INES);
    expect(tags.map((t) => t.need)).toEqual(['project-feedback']);
    expect(tags[0]!.strength).toBeGreaterThanOrEqual(0.5);
    // The reason names what they work on and what it is for, in words a person would write.
    expect(tags[0]!.reasons[0]).toBe(
      "Works on 'clinical risk models': the expertise your paper on clinical risk models needs",
    );
    expect(tags[0]!.because).toBe(
      'They work on clinical risk models, the subject of your paper on clinical risk models.',
    );
  });

  it('counts a partly met need somewhat less, and says so', () => {
    const unmet = matchProfile(feedbackOnly('unmet'), INES).tags[0]!;
    const partly = matchProfile(feedbackOnly('partly'), INES).tags[0]!;
    expect(partly.strength).toBeLessThan(unmet.strength);
    expect(partly.strength).toBeGreaterThan(unmet.strength * 0.6);
    expect(partly.reasons).toContain('Project-Specific Feedback is partly met already');
  });

  it.each([
    ['met', feedbackOnly('met')],
    ['hidden', feedbackOnly('unmet', { hidden: true })],
  ])('never tags a %s need', (_, cfg) => {
    expect(matchProfile(cfg, INES).tags).toEqual([]);
  });

  it('never tags a need rejected for this person, and keeps the others', () => {
    const all = matchProfile(config(), INES).tags.map((t) => t.need);
    expect(all).toContain('project-feedback');
    const kept = matchProfile(config(), INES, ['project-feedback']).tags.map((t) => t.need);
    expect(kept).toEqual(all.filter((n) => n !== 'project-feedback'));
  });

  it('uses the name the user gave a need, and a custom need by its name', () => {
    const cfg = config({
      needs: needs([
        { id: 'project-feedback', name: 'Paper review', ask: 'clinical risk models' },
        { id: 'custom-grant-writing', name: 'Grant writing' },
      ]),
    });
    const { tags } = matchProfile(cfg, INES);
    expect(tags.find((t) => t.need === 'project-feedback')!.reasons[0]).toMatch(
      /^Works on 'clinical risk models'/,
    );
    const partly = matchProfile({ ...cfg, needs: cfg.needs.map((n) => ({ ...n, status: 'partly' })) }, INES);
    expect(partly.tags.find((t) => t.need === 'project-feedback')!.reasons).toContain(
      'Paper review is partly met already',
    );
    expect(tags.find((t) => t.need === 'custom-grant-writing')!.reasons).toContain(
      "Lists 'Grant writing' among skills, a keyword for Grant writing",
    );
  });

  it('returns tags sorted by strength, rounded to two decimals, all at or above the floor', () => {
    // A VP in Mara's own organisation and field: a sponsor, a role model and more.
    const vp = person({
      ...INES,
      headline: 'VP, Biostatistics | clinical risk models',
      company: 'Northwind Health',
      experience: [{ title: 'VP, Biostatistics', company: 'Northwind Health', dates: '2019 – Present' }],
    });
    const { tags } = matchProfile(config(), vp);
    expect(tags.length).toBeGreaterThan(1);
    for (let i = 1; i < tags.length; i++)
      expect(tags[i - 1]!.strength).toBeGreaterThanOrEqual(tags[i]!.strength);
    for (const t of tags) {
      expect(t.strength).toBeGreaterThanOrEqual(FLOOR);
      expect(t.strength).toBeLessThanOrEqual(1);
      expect(Math.round(t.strength * 100) / 100).toBe(t.strength);
      expect(t.reasons.length).toBeGreaterThan(0);
      for (const r of t.reasons) expect(r.length).toBeLessThanOrEqual(160);
    }
  });

  it('returns the contract shape, with one sentence on why this person and no evidence keys', () => {
    const r = matchProfile(config(), INES);
    expect(Object.keys(r).sort()).toEqual(['labels', 'tags']);
    for (const t of r.tags) {
      expect(Object.keys(t).sort()).toEqual(['because', 'need', 'reasons', 'strength']);
      expect(t.because).toMatch(/^[A-Z][^.]*[a-z)]\.$/);
    }
  });

  it('is deterministic', () => {
    const a = JSON.stringify(matchDetailed(config(), INES));
    for (let i = 0; i < 5; i++) expect(JSON.stringify(matchDetailed(config(), INES))).toBe(a);
    const m = createMatcher(config());
    expect(m.profile(INES)).toEqual(matchProfile(config(), INES));
  });
});

describe('with little to go on', () => {
  it('never tags a profile with no usable text', () => {
    const bare = person({ degree: 2, followers: 90_000, mutualConnections: 40, connections: '500+' });
    expect(matchProfile(config(), bare)).toEqual({ tags: [], labels: [] });
    expect(matchProfile(config(), person({ headline: '   ', about: '\n', skills: ['', ' '] })).tags).toEqual(
      [],
    );
  });

  it('works with an empty self-profile: topic reasons only, no claims about rank, organisation or field', () => {
    const cfg = config({ needs: needs([{ ask: 'clinical risk models' }]) });
    const empty = { ...cfg, self: EMPTY_SELF };
    const r = matchDetailed(empty, INES);
    expect(r.tags.map((t) => t.need)).toEqual(['project-feedback']);
    expect(r.labels).toEqual([]);
    expect(r.tags[0]!.reasons.join(' ')).not.toMatch(/senior|organisation|field/i);
    expect(matchProfile({ ...empty, needs: [] }, INES)).toEqual({ tags: [], labels: [] });
  });

  it('tags a card from its headline alone', () => {
    const card = { slug: 'ines-varga', name: 'Ines Varga', headline: INES.headline, degree: 2, tags: [] };
    const { tags } = matchCard(feedbackOnly('unmet'), card);
    expect(tags[0]?.need).toBe('project-feedback');
    expect(matchCard(config(), { ...card, headline: null })).toEqual({ tags: [], labels: [] });
  });
});

describe('hostile and malformed profiles never throw', () => {
  const cases: [string, Partial<Profile>][] = [
    [
      '10,000-character About',
      { headline: 'Writer', about: `clinical risk models ${'lorem ipsum '.repeat(900)}` },
    ],
    [
      'right-to-left and bidi controls',
      { headline: '\u202Eمدير البحث\u202C clinical risk models', about: 'עברית' },
    ],
    ['emoji everywhere', { headline: '🚀🚀 Clinical 🧪 risk models 📈', skills: ['👩‍🔬'] }],
    ['markup-looking text', { headline: '<img src=x onerror=alert(1)> clinical risk models' }],
    ['prototype-ish words', { headline: '__proto__ constructor toString clinical risk models' }],
    [
      'nulls inside lists',
      { experience: [null as never, { title: null, company: null, dates: null }], skills: [null as never] },
    ],
    [
      'numbers as strings',
      { followers: 'many' as never, mutualConnections: Number.NaN, headline: 'Director' },
    ],
  ];
  it.each(cases)('%s', (_, over) => {
    const p = person(over);
    const cfg = feedbackOnly('unmet');
    expect(() => matchProfile(cfg, p)).not.toThrow();
    const r = matchProfile(cfg, p);
    for (const t of r.tags) expect(NEED_IDS).toContain(t.need);
    if (/clinical/i.test(JSON.stringify(over))) expect(r.tags[0]?.need).toBe('project-feedback');
  });

  it('keeps quotes of page text short', () => {
    const long = ['alpha', 'beta', 'gamma', 'delta', 'omega', 'sigma'].map((w) => w.repeat(10)).join(' ');
    const cfg = config({ needs: needs([{ keywords: [long] }]) });
    const r = matchProfile(cfg, person({ headline: long }));
    expect(r.tags).toHaveLength(1);
    for (const t of r.tags) for (const reason of t.reasons) expect(reason.length).toBeLessThanOrEqual(160);
  });
});

describe('a malformed configuration never throws', () => {
  const cases: [string, unknown][] = [
    ['no needs list', { ...config(), needs: undefined }],
    [
      'null needs and odd keywords',
      {
        ...config(),
        needs: [
          null,
          { id: 'project-feedback', status: 'unmet', ask: 42, keywords: [null, 7, 'survival analysis'] },
        ],
      },
    ],
    ['no self', { ...config(), self: undefined }],
    [
      'odd self lists',
      {
        ...config(),
        self: { ...config().self, wants: 'grant writing', offers: [null], seniority: 'wizard' },
      },
    ],
    ['null', null],
    [
      'odd weights',
      { ...config(), weights: { 'survival analysis': 'lots', 'grant writing': Number.POSITIVE_INFINITY } },
    ],
  ];
  it.each(cases)('%s', (_, cfg) => {
    const run = () => matchProfile(cfg as never, INES);
    expect(run).not.toThrow();
    expect(() =>
      matchCard(cfg as never, { slug: 's', name: null, headline: 'Professor', degree: 2, tags: [] }),
    ).not.toThrow();
    for (const t of run().tags) expect(t.strength).toBeGreaterThanOrEqual(FLOOR);
  });

  it('still uses what is valid in a partly malformed need', () => {
    const analyst = person({
      ...INES,
      headline: 'Biostatistician | survival analysis for cardiology trials',
    });
    const { tags } = matchProfile(cases[1]![1] as never, analyst);
    expect(tags[0]?.reasons[0]).toBe("Works on 'survival analysis': the expertise your project needs");
    // A skills list alone is no expertise: Ines lists it among her skills only.
    expect(matchProfile(cases[1]![1] as never, INES).tags).toEqual([]);
  });
});
