import type { NeedId, Profile, Tag } from '../domain';
import { clean, clipWords, headlineRole, lowerFirst, upperFirst } from './text';

// Why this person, in a sentence a person would write (issue 18), from the matcher's evidence for
// *this* need only: its `because` when the matcher wrote one, otherwise the kind of reason it gave
// (their role, outside the user's organisation, a few steps ahead, a peer, shared connections).
// Matched keywords are never listed as "experience": at most one, in a sentence of its own, and
// only when it names a topic rather than an organisation or a title.

export interface Why {
  /** One sentence naming something specific about them. */
  core: string;
  /** A second sentence on why them for this need; may be ''. */
  detail: string;
  /** A compact form for connection notes. */
  short: string;
  /** Shorter still: their role alone, for a note with a long request ('' if none). */
  tiny: string;
  /** What they say they want that the user offers: the trade, put first (reciprocal). */
  wants: string;
  /** False when nothing about them is known: the sentence is then a marked gap. */
  known: boolean;
}

const QUOTED = /['‘"“]([^'‘’"“”]{2,60})['’"”](?!\p{L})/gu;
const ROLE = /\bsays\s+['‘"“]/i;
const WANTS = /mentions wanting\s+['‘"“]([^'‘’"“”]{2,60})['’"”]/i;
const MUTUAL = /(\d[\d,]*)\s+mutual connections/i;
const NOT_TOPIC =
  /^(?:chief|officer|director|head|lead|leader|manager|senior|principal|vp|vice|president|founder|co-founder|ceo|cto|cfo|coo|partner|owner|staff|executive)$/iu;
const NOT_ROLE = /^(?:passionate|aspiring|curious|open to|looking|seeking|helping|i\b|we\b)/iu;
// Where the matcher's reason sits says what it found: topical phrases are the ones it read as what
// the user "wants to learn" (lib/match/need-rules.ts).
const TOPICAL = /which you want to learn/i;
const TOPICAL_NEEDS = new Set(['project-feedback', 'professional-development', 'networks']);

function signal(reasons: string, need: NeedId | undefined): string {
  if (/outside your organisation and field/i.test(reasons))
    return need === 'safe-space' || need === 'emotional-support'
      ? "As you're outside both my organisation and my field, I think I could speak freely with you."
      : "Coming from outside my organisation and field, you'd see my question without our blind spots.";
  if (/outside your organisation/i.test(reasons))
    return "Being outside my organisation, you'd see my question with fresh eyes.";
  if (/more senior|a few steps ahead|standing to/i.test(reasons))
    return need === 'sponsorship'
      ? 'You know how decisions like this are made.'
      : need === 'role-models'
        ? "You've already made the kind of move I'm working toward."
        : "You're a few steps ahead on the path I'm on.";
  if (/\bpeer\b/i.test(reasons)) return "We're at a similar stage, so I think this could work both ways.";
  const mutual = MUTUAL.exec(reasons)?.[1];
  if (mutual)
    return `We share ${mutual} connections${need === 'networks' ? ', so you may know the right people' : ''}.`;
  return '';
}

function topical(reasons: string[], avoid: string[]): string {
  for (const reason of reasons) {
    if (!TOPICAL.test(reason) || ROLE.test(reason)) continue;
    for (const m of reason.matchAll(QUOTED)) {
      const k = clean(m[1]);
      const words = k.split(' ');
      if (k.length < 4 || words.some((w) => NOT_TOPIC.test(w))) continue;
      if (words.length === 1 && (k.length < 6 || /\p{Lu}/u.test(k))) continue;
      if (
        avoid.some(
          (a) =>
            a && (a.toLowerCase().includes(k.toLowerCase()) || k.toLowerCase().includes(a.toLowerCase())),
        )
      )
        continue;
      return k;
    }
  }
  return '';
}

/** A sentence the matcher wrote for the drafter, when it reads as one said to them. */
function usable(because: string | undefined): string {
  const b = clean(because);
  if (b.length < 12 || b.length > 220 || !/^(?:you|your|i|i'm|we|as|since|because)\b/iu.test(b)) return '';
  return upperFirst(/[.!?]$/u.test(b) ? b : `${b}.`);
}

export function whyThisPerson(
  person: Partial<Profile>,
  tags: Tag[],
  lead: NeedId | undefined,
  internal = false,
  variant = 0,
): Why {
  const tag = tags.find((t) => t.need === lead);
  const reasons = tag?.reasons ?? [];
  const all = reasons.join(' ');
  const wants = clipWords(clean(WANTS.exec(all)?.[1]), 50);
  let role = headlineRole(person.headline, 70);
  if (NOT_ROLE.test(role)) role = '';
  const company = clipWords(clean(person.company), 40);
  if (role && company && !internal && !role.toLowerCase().includes(company.toLowerCase()))
    role = `${role} at ${company}`;
  if (internal && company) role = role.replace(new RegExp(`\\s+at\\s+${escapeRe(company)}$`, 'iu'), '');
  role = clipWords(role, 80);
  const as = role
    ? /^\p{L}+ing\b/u.test(role)
      ? `on ${lowerFirst(role)}`
      : `as ${role}`
    : company && !internal
      ? `at ${company}`
      : '';
  const own = usable(tag?.because);
  const detail = signal(all, lead);
  const kw = lead && TOPICAL_NEEDS.has(lead) ? topical(reasons, [company, role, person.name ?? '']) : '';
  const topicLine = kw ? `Your work on ${kw} is close to what I'm asking about.` : '';

  if (!as && !own && !detail) {
    const gap = '[one specific thing from their profile]';
    return {
      core: `I'm writing because of ${gap}.`,
      detail: '',
      short: `I noticed ${gap}.`,
      tiny: '',
      wants,
      known: false,
    };
  }
  const opener = [
    `I'm writing because of your work ${as}.`,
    `Your work ${as} is why I thought of you.`,
    `I've been following your work ${as}.`,
  ];
  const core = own || (as ? opener[variant % opener.length]! : detail);
  const second = own ? '' : as ? topicLine || detail : topicLine;
  const shortAs = clipWords(as, 60);
  const shorts = [
    `I admire your work ${shortAs}.`,
    `I've followed your work ${shortAs}.`,
    `Your work ${shortAs} stood out to me.`,
  ];
  const short = own && own.length <= 120 ? own : as ? shorts[variant % shorts.length]! : detail;
  const bare = clipWords(headlineRole(person.headline, 40), 40);
  const tiny = bare && !NOT_ROLE.test(bare) ? `I admire your work as ${bare}.` : '';
  return { core, detail: second, short, tiny: tiny.length < short.length ? tiny : '', wants, known: true };
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
