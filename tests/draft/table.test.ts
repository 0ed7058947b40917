import { describe, expect, it } from 'vitest';
import { HELD_OUT_PEOPLE, TUNING_PEOPLE } from './cases/people';
import { cases, label, run, spread, sweep } from './cases/run';
import { HELD_OUT_USERS, TUNING_USERS } from './cases/users';

// The drafter's table (issue 18): users × people × needs × channels, every draft read for the
// stitched faults (its own reader's and the coach's), the limits
// and the request, and scored by the coach (>= 80). Tuning cases are the tuned-on users with the
// tuned-on people; every case with a held-out user or person is held out, and reported apart.

const TUNING = cases(TUNING_USERS, TUNING_PEOPLE);
const HELD_OUT = [
  ...cases(HELD_OUT_USERS, [...TUNING_PEOPLE, ...HELD_OUT_PEOPLE]),
  ...cases(TUNING_USERS, HELD_OUT_PEOPLE),
];

describe('the drafter table (issue 18)', () => {
  it(`tuning cases: every draft sends as it is (${TUNING.length} drafts)`, () => {
    const { clean, failures, scores } = sweep(TUNING);
    console.info(`drafter table, tuning: ${clean}/${TUNING.length} with no fault; ${spread(scores)}`);
    expect(failures.slice(0, 5)).toEqual([]);
  }, 60_000);

  it(`held-out cases: at least 95% send as they are (${HELD_OUT.length} drafts)`, () => {
    const { clean, failures, scores } = sweep(HELD_OUT);
    console.info(`drafter table, held out: ${clean}/${HELD_OUT.length} with no fault; ${spread(scores)}`);
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
