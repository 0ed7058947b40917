import type { OutreachEvent, Person } from '../domain';
import { isInPipeline } from './in-pipeline';
import { addDays } from './time';

export type FollowUpKind = 'no-reply' | 'thank-you' | 'next-date';

export interface FollowUp {
  slug: string;
  name: string;
  kind: FollowUpKind;
  /** When it became due (ISO). */
  dueAt: string;
  /** What to do next, in a line. */
  text: string;
}

export interface FollowUpRules {
  /** Days after a request (or the last follow-up) with no reply. */
  noReplyDays: number;
}

/** Events grouped by slug, oldest first. */
export function eventsBySlug(events: readonly OutreachEvent[]): Map<string, OutreachEvent[]> {
  const map = new Map<string, OutreachEvent[]>();
  for (const e of events) {
    const list = map.get(e.slug);
    if (list) list.push(e);
    else map.set(e.slug, [e]);
  }
  for (const list of map.values())
    list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  return map;
}

const last = <T>(list: readonly T[], test: (t: T) => boolean): T | undefined => list.findLast(test);

/**
 * What is due on `now`: a nudge for a request with no reply after `noReplyDays` (a logged follow-up
 * restarts the clock), and after a meeting a thank-you and the next date, until each is logged.
 * A next date that has passed asks for the next one: ongoing relationships keep a rhythm.
 */
export function followUpsDue(
  people: readonly Person[],
  events: readonly OutreachEvent[],
  rules: FollowUpRules,
  now: Date,
): FollowUp[] {
  const bySlug = eventsBySlug(events);
  const due: FollowUp[] = [];
  const nowIso = now.toISOString();
  for (const person of people) {
    if (!isInPipeline(person)) continue;
    const history = bySlug.get(person.slug) ?? [];
    const name = person.name || person.slug;
    if (person.stage === 'sent') {
      const sent = last(history, (e) => e.stage === 'sent' && (!e.kind || e.kind === 'follow-up'));
      const dueAt = addDays(sent?.at ?? person.updatedAt, rules.noReplyDays);
      if (dueAt <= nowIso)
        due.push({
          slug: person.slug,
          name,
          kind: 'no-reply',
          dueAt,
          text: `No reply from ${name} yet: send a short, friendly follow-up.`,
        });
    }
    if (person.stage === 'meeting' || person.stage === 'ongoing') {
      const meeting = last(history, (e) => e.stage === 'meeting' && !e.kind);
      if (!meeting) continue;
      const thanked = history.some((e) => e.kind === 'thank-you' && e.at >= meeting.at);
      if (!thanked)
        due.push({
          slug: person.slug,
          name,
          kind: 'thank-you',
          dueAt: meeting.at,
          text: `Thank ${name} for the meeting: one thing you took from it.`,
        });
      const next = last(history, (e) => e.kind === 'next-date');
      if (!next || next.at < meeting.at)
        due.push({
          slug: person.slug,
          name,
          kind: 'next-date',
          dueAt: meeting.at,
          text: `Set the next date with ${name}.`,
        });
      else if (next.nextAt && next.nextAt <= nowIso)
        due.push({
          slug: person.slug,
          name,
          kind: 'next-date',
          dueAt: next.nextAt,
          text: `Your date with ${name} has passed: set the next one.`,
        });
    }
  }
  return due.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.slug.localeCompare(b.slug));
}
