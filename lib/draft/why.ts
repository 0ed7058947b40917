import type { NeedId, Profile, Tag } from '../domain';
import { clean, clipWords, headlineParts, lowerFirst, upperFirst } from './text';

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

// The matcher speaks to the user about the person ("As VP at Nordvik, they have the standing to put
// your name forward"); the draft speaks to the person: they → you, you → I or me, your → my.
const SUBJECT_NEXT =
  /^\s+(?:want|need|could|can|would|will|might|may|describe|work|are|were|have|had|do|did|hope|plan|aim|seek|lead|manage|say|wrote|write)\b/iu;
const PERSON_WORDS =
  /\b(?:they're|they've|they are|they|their|theirs|them|themselves|you're|you've|you are|you were|you|your|yours|yourself)\b/giu;
const SWAP: Record<string, string> = {
  "they're": "you're",
  "they've": "you've",
  'they are': 'you are',
  they: 'you',
  their: 'your',
  theirs: 'yours',
  them: 'you',
  themselves: 'yourself',
  "you're": "I'm",
  "you've": "I've",
  'you are': 'I am',
  'you were': 'I was',
  your: 'my',
  yours: 'mine',
  yourself: 'myself',
};

export function spokenTo(sentence: string): string {
  return sentence.replace(PERSON_WORDS, (word, at: number, all: string) => {
    const key = word.toLowerCase();
    let out = SWAP[key] ?? (SUBJECT_NEXT.test(all.slice(at + word.length)) ? 'I' : 'me');
    if (at === 0 || /[.!?]\s*$/u.test(all.slice(0, at))) out = upperFirst(out);
    return out;
  });
}

/** A sentence the matcher wrote for the drafter, when it reads as one said to them. */
function usable(because: string | undefined): string {
  const raw = clean(because);
  const b = /^(?:they|(?:as|since|because)\b[^,]{1,120},\s*they)\b/iu.test(raw) ? spokenTo(raw) : raw;
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
  // "Helping first-time managers lead | Coach": the first part that names a role.
  let role = headlineParts(person.headline, 70).find((part) => !NOT_ROLE.test(part)) ?? '';
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
  let own = usable(tag?.because);
  // A colleague knows where they work: the matcher's "As Chief Nurse at <our trust>" loses the place.
  if (internal && company)
    own = own.replace(new RegExp(`\\s+at\\s+${escapeRe(company)}(?=[,.\\s])`, 'iu'), '');
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
  let bare = headlineParts(person.headline, 40).find((part) => !NOT_ROLE.test(part)) ?? '';
  // A colleague knows where they work: "Chief Nurse", not "Chief Nurse at <our trust>".
  if (internal && company) bare = bare.replace(new RegExp(`\\s+at\\s+${escapeRe(company)}$`, 'iu'), '');
  const tiny = bare ? `I admire your work as ${bare}.` : '';
  return { core, detail: second, short, tiny: tiny.length < short.length ? tiny : '', wants, known: true };
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
