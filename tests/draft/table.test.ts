import { describe, expect, it } from 'vitest';
import { coach } from '../../lib/coach';
import { type Channel, DEFAULT_SETTINGS, NEED_IDS } from '../../lib/domain';
import { type Draft, draftRequest } from '../../lib/draft';
import { faults } from './cases/faults';
import { type CasePerson, HELD_OUT_PEOPLE, TUNING_PEOPLE } from './cases/people';
import { type CaseUser, HELD_OUT_USERS, TUNING_USERS } from './cases/users';

// The drafter's table (issue 18): users × people × needs × channels, every draft read for the
// stitched faults, the limits and the request. Tuning cases are the tuned-on users with the
// tuned-on people; every case with a held-out user or person is held out, and reported apart.

type Way = { channel: Channel; premium: boolean; name: string };
const WAYS: Way[] = [
  { channel: 'connection-note', premium: false, name: 'note 200' },
  { channel: 'connection-note', premium: true, name: 'note 300' },
  { channel: 'message', premium: false, name: 'message' },
  { channel: 'inmail', premium: false, name: 'inmail' },
  { channel: 'email', premium: false, name: 'email' },
];

interface Case {
  user: CaseUser;
  person: CasePerson;
  need: (typeof NEED_IDS)[number];
  way: Way;
}

function cases(users: CaseUser[], people: CasePerson[]): Case[] {
  return users.flatMap((user) =>
    people.flatMap((person) => NEED_IDS.flatMap((need) => WAYS.map((way) => ({ user, person, need, way })))),
  );
}

const TUNING = cases(TUNING_USERS, TUNING_PEOPLE);
const HELD_OUT = [
  ...cases(HELD_OUT_USERS, [...TUNING_PEOPLE, ...HELD_OUT_PEOPLE]),
  ...cases(TUNING_USERS, HELD_OUT_PEOPLE),
];

function run(c: Case): { draft: Draft; found: string[]; score: number } {
  const self = { ...c.user.self, premium: c.way.premium };
  const draft = draftRequest({
    self,
    needs: c.user.needs,
    settings: DEFAULT_SETTINGS,
    person: c.person.person,
    tags: c.person.tags(c.need),
    needIds: [c.need],
    channel: c.way.channel,
  });
  const need = c.user.needs.find((n) => n.id === c.need)!;
  const found = faults(draft, {
    sharedOrg: c.person.colleagueOf === c.user.id ? c.user.self.organization : undefined,
    ask: need.ask,
    request: need.request,
    gapExpected: gapExpected(c),
  });
  const review = coach(draft.text, {
    channel: c.way.channel,
    premium: c.way.premium,
    subject: draft.subject ?? undefined,
    personName: c.person.person.name,
    organization: c.user.self.organization,
    personCompany: c.person.person.company,
  });
  return { draft, found, score: review.score };
}

function gapExpected(c: Case): boolean {
  return !c.person.person.headline && !c.person.person.company;
}

function label(c: Case): string {
  return `${c.user.id} → ${c.person.id}, ${c.need}, ${c.way.name}`;
}

function sweep(list: Case[]): { clean: number; failures: string[] } {
  const failures: string[] = [];
  for (const c of list) {
    const { draft, found, score } = run(c);
    // A marked gap is a high finding by design: the coach's 80 is for drafts with nothing to fill in.
    if (score < 80 && !gapExpected(c)) found.push(`coach scores it ${score}`);
    if (found.length)
      failures.push(`${label(c)}: ${found.join('; ')}\n${draft.subject ?? ''}\n${draft.text}`);
  }
  return { clean: list.length - failures.length, failures };
}

describe('the drafter table (issue 18)', () => {
  it(`tuning cases: every draft sends as it is (${TUNING.length} drafts)`, () => {
    const { clean, failures } = sweep(TUNING);
    console.info(`drafter table, tuning: ${clean}/${TUNING.length} drafts with no fault`);
    expect(failures.slice(0, 5)).toEqual([]);
  }, 60_000);

  it(`held-out cases: at least 95% send as they are (${HELD_OUT.length} drafts)`, () => {
    const { clean, failures } = sweep(HELD_OUT);
    console.info(`drafter table, held out: ${clean}/${HELD_OUT.length} drafts with no fault`);
    expect(clean / HELD_OUT.length, failures.slice(0, 5).join('\n\n')).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('a colleague is never told where the user works, and the note never ends in "…"', () => {
    for (const c of TUNING.filter((x) => x.person.colleagueOf === x.user.id)) {
      const { draft } = run(c);
      expect(draft.text, label(c)).not.toContain(`at ${c.user.self.organization}`);
      expect(draft.text).not.toMatch(/…/u);
    }
  });
});
