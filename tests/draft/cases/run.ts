import { coach, type FindingKind } from '../../../lib/coach';
import { type Channel, DEFAULT_SETTINGS, NEED_IDS } from '../../../lib/domain';
import { type Draft, draftRequest } from '../../../lib/draft';
import { faults } from './faults';
import type { CasePerson } from './people';
import type { CaseUser } from './users';

// One case of the drafter's tables (issue 18): draft it, read it with the table's own fault list
// and with the coach, which must score it ≥ 80 and find none of the stitched-draft faults.

export type Way = { channel: Channel; premium: boolean; name: string };
export const WAYS: Way[] = [
  { channel: 'connection-note', premium: false, name: 'note 200' },
  { channel: 'connection-note', premium: true, name: 'note 300' },
  { channel: 'message', premium: false, name: 'message' },
  { channel: 'inmail', premium: false, name: 'inmail' },
  { channel: 'email', premium: false, name: 'email' },
];

export interface Case {
  user: CaseUser;
  person: CasePerson;
  need: (typeof NEED_IDS)[number];
  way: Way;
  /** The drafter's phrasing variant (0 when absent). */
  variant?: number;
}

export const STITCHED: FindingKind[] = [
  'pasted-phrase',
  'cut-off',
  'keyword-list',
  'be-a-role',
  'colleague-org',
  'cut-subject',
];

export function cases(users: CaseUser[], people: CasePerson[], variants = [0]): Case[] {
  return users.flatMap((user) =>
    people.flatMap((person) =>
      NEED_IDS.flatMap((need) =>
        WAYS.flatMap((way) => variants.map((variant) => ({ user, person, need, way, variant }))),
      ),
    ),
  );
}

/** Nothing is known about the person: the drafter marks the why as a gap, as it should. */
export function gapExpected(c: Case): boolean {
  return !c.person.person.headline && !c.person.person.company;
}

export function label(c: Case): string {
  return `${c.user.id} → ${c.person.id}, ${c.need}, ${c.way.name}, variant ${c.variant ?? 0}`;
}

export interface Outcome {
  draft: Draft;
  /** Faults the table's reader and the coach's stitched checks found. */
  found: string[];
  score: number;
}

export function run(c: Case): Outcome {
  const self = { ...c.user.self, premium: c.way.premium };
  const draft = draftRequest({
    self,
    needs: c.user.needs,
    settings: DEFAULT_SETTINGS,
    person: c.person.person,
    tags: c.person.tags(c.need),
    needIds: [c.need],
    channel: c.way.channel,
    variant: c.variant ?? 0,
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
  for (const f of review.findings)
    if (STITCHED.includes(f.kind))
      found.push(
        `coach: ${f.kind} "${f.start === undefined ? draft.subject : draft.text.slice(f.start, f.end)}"`,
      );
  return { draft, found, score: review.score };
}

export interface Sweep {
  clean: number;
  failures: string[];
  scores: number[];
}

/** Every case read; a draft with a fault or a coach score under 80 is a failure. */
export function sweep(list: Case[]): Sweep {
  const failures: string[] = [];
  const scores: number[] = [];
  for (const c of list) {
    const { draft, found, score } = run(c);
    // A marked gap is a high finding by design: the coach's 80 is for drafts with nothing to fill in.
    if (!gapExpected(c)) {
      scores.push(score);
      if (score < 80) found.push(`coach scores it ${score}`);
    }
    if (found.length)
      failures.push(`${label(c)}: ${found.join('; ')}\n${draft.subject ?? ''}\n${draft.text}`);
  }
  return { clean: list.length - failures.length, failures, scores };
}

/** "min 85, median 95" over the scored drafts. */
export function spread(scores: number[]): string {
  const s = [...scores].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return `coach min ${s[0] ?? 0}, p10 ${at(0.1)}, median ${at(0.5)}`;
}
