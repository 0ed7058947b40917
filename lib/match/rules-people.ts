// The needs about people around the user: a safe space, emotional support, accountability, a
// community, introductions. A job title that names a need is not that need: an Accountability
// Officer checks compliance, a Head Coach trains a team, a Community Manager runs a product's forum.
import type { CompiledNeed } from './compile';
import type { CueHit } from './cues';
import { type Contribution, cue, found, key, quoted, type Rule, roleAt } from './evidence';
import type { Field } from './profile-text';
import type { Signals } from './signals';

// A coach is a listener when the word before says what for ("career coach"), never beside sport.
const LISTENING_COACH = new Set(
  'life executive career leadership wellbeing being systemic systemischer transition burnout resilience certified personal confidence mindset icf'.split(
    ' ',
  ),
);
// "Occupational Therapist", "Speech therapist": therapy of the body or voice, not a listener.
const NOT_CARE = new Set([
  'occupational',
  'physical',
  'speech',
  'sports',
  'massage',
  'respiratory',
  'language',
]);
// Confidential on its own may describe a secretary; it counts beside a listening role only.
const WEAK_CONFIDE = new Set(['confidential', 'confidentially', 'sigilo', 'vertraulich', 'confidencial']);

const fieldOf = (s: Signals, h: CueHit): Field | undefined => s.p.byWhere[h.where];

function listeningCoach(s: Signals): CueHit | null {
  if (cue(s, 'sport').length) return null;
  for (const h of cue(s, 'coach')) {
    const ws = fieldOf(s, h)?.words ?? [];
    if (LISTENING_COACH.has(ws[h.at - 1] ?? '') || LISTENING_COACH.has(ws[h.at - 2] ?? '')) return h;
  }
  return null;
}

const care = (s: Signals) =>
  cue(s, 'care').find((h) => !NOT_CARE.has(fieldOf(s, h)?.words[h.at - 1] ?? '')) ?? null;
const strongConfide = (s: Signals) => cue(s, 'confide').find((h) => !WEAK_CONFIDE.has(h.text)) ?? null;

function topic(n: CompiledNeed, s: Signals, what: string): Contribution[] {
  const hits = found(n.subject, s).filter((h) => h.where !== 'skills');
  return hits.length
    ? [{ value: 0.15, key: hits[0]!.phrase.key, reason: `Mentions ${quoted(hits)}: ${what}` }]
    : [];
}

/** Outside the user's organisation and field, and a listening, confidential role or offer. */
export const safeSpace: Rule = (n, s) => {
  const role = care(s) ?? strongConfide(s) ?? listeningCoach(s) ?? cue(s, 'support')[0] ?? null;
  if (!role || s.org === 'same' || s.field === 'same') return null;
  const outside =
    s.org === 'different' && s.field === 'different'
      ? 'outside your organisation and field'
      : 'outside your organisation';
  const parts: Contribution[] = [
    {
      value: 0.55,
      key: `role:${role.text}`,
      reason: `${roleAt(s)}, ${outside}: someone to think out loud with in confidence`,
    },
  ];
  if (cue(s, 'confide').some((h) => h !== role))
    parts.push({
      value: 0.15,
      key: key('safe-space', 'confidential'),
      reason: 'Offers confidential conversations',
    });
  parts.push(...topic(n, s, 'what you want to talk through'));
  return {
    parts,
    because: `As ${roleAt(s)}, ${outside}, they offer a confidential place to think out loud.`,
  };
};

/** A role or offer that supports people through hard times at work. */
export const emotionalSupport: Rule = (n, s) => {
  const coach = listeningCoach(s);
  const role = care(s) ?? coach;
  const circle = cue(s, 'support')[0];
  if (!role && !circle) return null;
  const parts: Contribution[] = [
    role
      ? {
          value: 0.55,
          key: `role:${coach && role === coach ? coachName(s, coach) : role.text}`,
          reason: `${roleAt(s)}: supporting people through hard times is their work`,
        }
      : {
          value: 0.5,
          key: key('emotional-support', 'peer-support'),
          reason: 'Hosts or belongs to a peer support group: people who steady each other',
        },
  ];
  parts.push(...topic(n, s, 'what you are going through'));
  return {
    parts,
    because: `They ${role ? 'support people through hard times at work' : 'host a peer support group'}, which is what you need now.`,
  };
};

function coachName(s: Signals, h: CueHit): string {
  const ws = fieldOf(s, h)?.words ?? [];
  const q = LISTENING_COACH.has(ws[h.at - 1] ?? '') ? ws[h.at - 1] : ws[h.at - 2];
  return `${q} coach`;
}

const ASKING = /\b(looking|seeking|anyone|swap|want)\b/;

/** Runs check-ins, a writing or goal group, or asks for an accountability partner. */
export const accountability: Rule = (n, s) => {
  const hit = cue(s, 'checkin')[0];
  if (!hit) return null;
  const text = (fieldOf(s, hit)?.words ?? []).join(' ');
  const peer = ASKING.test(text) && s.relative?.rel !== 'more-senior';
  const parts: Contribution[] = [
    {
      value: 0.55,
      key: key('accountability', peer ? 'asks' : 'hosts'),
      reason: peer
        ? `Is looking for regular check-ins too ('${hit.text}'): you could keep each other on track`
        : `Mentions '${hit.text}': the regular check-ins you asked for`,
    },
  ];
  parts.push(...topic(n, s, 'what you want to keep on track'));
  return {
    parts,
    because: peer
      ? 'They are looking for an accountability partner too, so you could keep each other on track.'
      : `They run regular check-ins ('${hit.text}'), the kind of accountability you asked for.`,
  };
};

/** Organises a group the user could belong to: in their field or the community the ask names. */
export const community: Rule = (n, s, c) => {
  const organises = cue(s, 'organise');
  const group = cue(s, 'group').length > 0 || organises.some((h) => /community|chapter/.test(h.text));
  if (!organises.length || !group) return null;
  const about = found([...n.subject, ...c.functionWords], s).filter((h) => h.where !== 'skills');
  if (!about.length) return null;
  return {
    parts: [
      {
        value: 0.55,
        key: key('community', 'organises'),
        reason: `Runs a group about ${quoted(about)}: people like you to belong with`,
      },
    ],
    because: `They run a group about ${quoted(about).replace(/'/g, '')}, where you could find people like you.`,
  };
};

/** Makes introductions (recruits, connects, hosts roundtables) in the circles the ask names. */
export const networks: Rule = (n, s, c) => {
  if (!cue(s, 'connect').length) return null;
  const circles = found(n.subject.length ? n.subject : [...c.industry, ...c.pathWords], s).filter(
    (h) => h.where !== 'skills',
  );
  if (!circles.length) return null;
  return {
    parts: [
      {
        value: 0.55,
        key: key('networks', 'introduces'),
        reason: `Connects people in ${quoted(circles)}: the introductions you asked for`,
      },
    ],
    because: `They connect people in ${quoted(circles).replace(/'/g, '')}, the circles you want to reach.`,
  };
};
