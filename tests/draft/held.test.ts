import { describe, expect, it } from 'vitest';
import { HELD_PEOPLE, HELD_USERS } from './cases/held';
import { cases, spread, sweep } from './cases/run';

// HELD ASIDE (issue 18): users and people the drafter was never tuned on (cases/held.ts), every
// need on every channel. Each draft must send as it is: no fault the table's reader or the coach
// sees, and a coach score of at least 80. The issue asks 95% on people the team never saw.

// Every phrasing variant: the popup's 'another version' button shows each of them.
const HELD = cases(HELD_USERS, HELD_PEOPLE, [0, 1, 2]);

describe('the held-aside drafter table (issue 18)', () => {
  it(`at least 95% of held-aside drafts send as they are (${HELD.length} drafts)`, () => {
    const { clean, failures, scores } = sweep(HELD);
    console.info(`drafter table, held aside: ${clean}/${HELD.length} with no fault; ${spread(scores)}`);
    expect(clean / HELD.length, failures.slice(0, 8).join('\n\n')).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
