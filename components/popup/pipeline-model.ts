import type { ClosedReason, Need, NeedId, Person, Stage } from '../../lib/domain';
import { STAGES } from '../../lib/domain';
import { needName } from '../../lib/needs-catalog';

/** Where "advance" takes a person; ongoing and closed have no next step. */
export const NEXT_STAGE: Partial<Record<Stage, Stage>> = {
  identified: 'drafted',
  drafted: 'sent',
  sent: 'replied',
  replied: 'meeting',
  meeting: 'ongoing',
};

export const STAGE_NAMES: Record<Stage, string> = {
  identified: 'Identified',
  drafted: 'Drafted',
  sent: 'Sent',
  replied: 'Replied',
  meeting: 'Meeting',
  ongoing: 'Ongoing',
  closed: 'Closed',
};

/** The verb on the advance button: what the user says happened. */
export const ADVANCE_LABEL: Partial<Record<Stage, string>> = {
  identified: 'Drafted',
  drafted: 'Sent',
  sent: 'Replied',
  replied: 'Meeting',
  meeting: 'Ongoing',
};

export const CLOSED_NAMES: Record<ClosedReason, string> = {
  declined: 'declined',
  'no-reply': 'no reply',
  other: 'closed',
};

export interface PipelineFilter {
  need: NeedId | '';
  query: string;
}

/** Case- and accent-blind, so "jose" finds "José". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function matchesFilter(person: Person, filter: PipelineFilter): boolean {
  if (filter.need && !person.needs.includes(filter.need)) return false;
  const q = fold(filter.query.trim());
  if (!q) return true;
  return fold(`${person.name} ${person.slug}`).includes(q);
}

/** People per stage, most recently touched first: a person just moved shows at the top. */
export function groupByStage(people: readonly Person[], filter: PipelineFilter): Record<Stage, Person[]> {
  const groups = Object.fromEntries(STAGES.map((s) => [s, [] as Person[]])) as Record<Stage, Person[]>;
  for (const person of people) {
    if (!matchesFilter(person, filter)) continue;
    (groups[person.stage] ?? groups.identified).push(person);
  }
  for (const stage of STAGES) groups[stage].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  return groups;
}

export function visibleNeeds(needs: readonly Need[]): Need[] {
  return needs.filter((n) => !n.hidden);
}

export function needLabel(needs: readonly Need[], id: NeedId): string {
  return needName(needs.find((n) => n.id === id) ?? { id });
}

// toLocaleDateString builds a formatter on every call (~0.1 ms, 70 times a plain format): the first
// screen dates dozens of rows, so the two formatters are made once.
const SAME_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const OTHER_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "12 Mar" for this year, "12 Mar 2024" otherwise; empty for a missing or broken date. */
export function shortDate(iso: string | undefined, now = new Date()): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return (d.getFullYear() === now.getFullYear() ? SAME_YEAR : OTHER_YEAR).format(d);
}
