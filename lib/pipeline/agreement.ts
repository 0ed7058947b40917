import type { Need, OutreachEvent, Person, SelfProfile } from '../domain';
import { needName } from '../needs-catalog';
import { addDays } from './time';

/** Review the agreement after about three months: long enough to see, short enough to change. */
export const REVIEW_AFTER_DAYS = 90;

const FORMAT_WORDS: Record<string, string> = {
  video: 'a video call',
  call: 'a phone call',
  coffee: 'coffee',
  'in-person': 'meeting in person',
  message: 'messages',
};

/**
 * A one-page mentoring agreement to copy or download when a relationship becomes ongoing: goals
 * and success, cadence, channel, ground rules, review date. Plain text, so it pastes anywhere.
 */
export function mentoringAgreement(
  self: SelfProfile,
  person: Person,
  needs: readonly Need[],
  events: readonly OutreachEvent[],
  now: Date,
): string {
  const them = person.name || person.slug;
  const me = self.name || 'Me';
  const asks = person.needs
    .map((id) => needs.find((n) => n.id === id))
    .filter((n): n is Need => !!n)
    .map((n) => `- ${needName(n)}${n.ask ? `: ${n.ask}` : ''}`);
  const channel = events.findLast((e) => e.slug === person.slug && e.channel)?.channel;
  const formats = self.formats.map((f) => FORMAT_WORDS[f] ?? f).filter(Boolean);
  const review = addDays(now, REVIEW_AFTER_DAYS).slice(0, 10);
  return [
    `Mentoring agreement: ${me} and ${them}`,
    `Date: ${now.toISOString().slice(0, 10)}`,
    '',
    'Goals',
    self.goal ? `- Where ${me} is heading: ${self.goal}` : '- Where I am heading: (write one sentence)',
    ...(asks.length ? asks : ['- What I would like help with: (name the specific ask)']),
    '',
    'What success looks like',
    `- ${self.success || '(describe what will be different at the review)'}`,
    ...(self.offers.length ? [`- What ${me} offers in return: ${self.offers.join(', ')}`] : []),
    '',
    'Cadence and channel',
    `- We meet once a month for 30–45 minutes${formats.length ? `, by ${formats.join(' or ')}` : ''}.`,
    `- Between meetings we keep in touch by ${channel === 'email' ? 'email' : 'LinkedIn messages'}.`,
    '- Either of us can move or skip a meeting with a day’s notice.',
    '',
    'Ground rules',
    '- What we discuss stays between us unless we both agree otherwise.',
    '- Honest, constructive feedback, in a positive tone.',
    '- We respect each other’s time: we come prepared and finish on time.',
    '',
    'Review',
    `- On ${review} we look back at the goals, keep what works and change what does not, or close the agreement with thanks.`,
    '',
  ].join('\n');
}
