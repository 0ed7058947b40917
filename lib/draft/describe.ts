import { gerund, LEADING_VERBS, midSentence, secondPerson } from './casing';
import { clean, clipWords, stripEnd } from './text';

// A need's description ("what I need") is written for the user, not for the person asked: "a senior
// leader who would advocate for me for an ML team-lead role" names a role, "Expert feedback on my
// paper" a thing, "Learn to manage people" an activity. The drafter asks for something, so it reads
// which of these the description is and what it is about (issue 18), and never pastes it whole.

export type DescKind = 'person' | 'thing' | 'activity' | 'topic' | 'none';

export interface Described {
  kind: DescKind;
  /** What the need is about, said mid-sentence: "my paper on clinical risk models". '' if nothing. */
  topic: string;
  /** For a thing asked for: what it is ("feedback", "an introduction"). */
  thing: string;
  /** For a person sought: who ("one or two peers"), and what they would do, said to them. */
  who: string;
  /** The people sought, whole, without the leading count: "designers working on payments". */
  group: string;
  /** "who went from engineer to founder" said to them: "went from engineer to founder". */
  did: string;
  /** A role or opening the person would help with ("an ML team-lead role"), for sponsorship. */
  target: string;
}

// Longest first: the alternation takes the first that matches.
const DET =
  '(?:a small circle of|a small group of|two or three|a handful of|a couple of|a circle of|a few other|one or two|a group of|several|three|a few|other|some|the|one|two|an|a)';
// -er/-or/-ist/-ee words that name people, but not "other", "paper" or "career".
const NOT_PERSON =
  '(?!(?:recover|discover|deliver|consider|remember|answer|wonder|gather|suffer|prefer|refer|enter|other|another|paper|career|order|chapter|letter|matter|number|water|power|sector|factor|error|together|whether|either|neither|further|later|better|rather|never|ever|under|over|after|quarter|center|centre|minor|major|honou?r|labou?r|colou?r|poster|cover|border|master|proper|offer)s?\b)';
const PERSON_NOUN = `(?:someone|somebody|anyone|person|people|peers?|leaders?|mentors?|sponsors?|confidantes?|confidants?|partners?|friends?|colleagues?|experts?|voices?|advocates?|role models?|buddy|buddies|coach(?:es)?|champions?|allies|ally|women|men|folks|contacts|practitioners?|professionals?|specialists?|veterans?|${NOT_PERSON}[\\p{L}-]+(?:er|or|ist|ee)s?)`;
const BOUNDARY =
  '(?=$|,|\\s+(?:who|that|to|outside|in|at|from|with|on|for|of|like|across|beyond|[\\p{L}]+ing)\\b)';
const PERSON = new RegExp(
  `^(${DET}\\s+)?((?:(?!(?:who|that|to|which|while|when|if|because|and|or|I|we)\\s)[\\p{L}&'’-]+\\s+){0,4}${PERSON_NOUN})${BOUNDARY}(.*)$`,
  'iu',
);
const THING_NOUN =
  '(?:feedback|advice|help|input|guidance|support|introductions?|intros?|check-ins?|reviews?|a read|a critical read|a second reader|a sounding board|perspective|views?|thoughts|pointers|ideas|coaching|sponsorship|visibility|accountability|conversations?|chats?|coffees?|calls?)';
const THING = new RegExp(
  `^((?:${DET}\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${THING_NOUN})\\s+(?:on|with|for|about|to|of|in|from)\\s+(.+)$`,
  'iu',
);
const WANT_LEAD =
  /^(?:i\s+(?:need|want|would like|'d like|am looking for|'m looking for)|looking for|need|want|to find|finding|find)\s+/iu;
const HOW = /^(?:how|whether|what|when|where|which|why)\s/iu;
const RELATIVE = /^(?:who|that)\s+(?:would\s+|could\s+|will\s+|can\s+|might\s+)?([\p{L}'’-]+)(.*)$/iu;
const PURPOSE_AT_END = /^.*\b(?:about|through|on)\s+(.+)$/iu;
const WITH_AT_END = /^.*\bwith\s+(.+)$/iu;
const FOR_TARGET =
  /\bfor\s+((?:an?|the|my)\s+[^,;]*?(?:role|position|job|post|promotion|opening|seat|opportunity|programme|program|track|team|grant|fellowship)s?)\b(?=\s+(?:when|once|if|as soon as|before|after|by|within|while|in|at|this|next)\b|\s*$|,)/iu;

function strip(text: string): string {
  return stripEnd(clean(text).replace(/\s*(?:…|\.\.\.)\s*$/u, ''));
}

/** Read a description; `proper` keeps the user's names capitalised (see casing.ts). */
export function describe(description: string | null | undefined, proper: Set<string>): Described {
  const none: Described = { kind: 'none', topic: '', thing: '', who: '', group: '', did: '', target: '' };
  let d = strip(description ?? '');
  if (!d) return none;
  d = d.replace(WANT_LEAD, '');
  d = midSentence(d, proper);
  const target = FOR_TARGET.exec(d)?.[1]?.trim() ?? '';

  if (HOW.test(d)) return { ...none, kind: 'activity', topic: d, target };
  const first = /^[\p{L}]+/u.exec(d)?.[0]?.toLowerCase() ?? '';
  if (first.endsWith('ing') && first.length > 4) return { ...none, kind: 'activity', topic: d, target };
  if (LEADING_VERBS.has(first) && !/^\S+\s+(?:of|for)\b/u.test(d)) {
    const rest = d.slice(first.length);
    return { ...none, kind: 'activity', topic: `${gerund(first)}${rest}`, target };
  }

  // "support while I recover from burnout": what it is about is the clause.
  const during = new RegExp(
    `^(?:[\\p{L}-]+\\s+){0,3}?${THING_NOUN}\\s+(?:while|as|when|during|after)\\s+I\\s+([\\p{L}]+)(.*)$`,
    'iu',
  ).exec(d);
  if (during) return { ...none, kind: 'topic', topic: `${gerund(during[1]!)}${during[2]}`, target };
  const thing = THING.exec(d);
  if (thing) return { ...none, kind: 'thing', thing: thing[1]!, topic: thing[2]!, target };

  const person = PERSON.exec(d);
  if (person) {
    const who = `${person[1] ?? ''}${person[2]}`.trim();
    const group = `${person[2]}${person[3]}`.trim();
    const rest = person[3]!.trim().replace(/^,\s*/, '');
    let did = '';
    let topic = '';
    const rel = RELATIVE.exec(rest);
    if (rel) {
      const modal = /^(?:who|that)\s+(would|could|will|can|might)\s/iu.test(rest);
      did = modal ? `${rel[1]}${rel[2]}` : `${secondPerson(rel[1]!)}${rel[2]}`;
    }
    const purpose = (PURPOSE_AT_END.exec(rest) ?? WITH_AT_END.exec(rest))?.[1]?.trim() ?? '';
    const whileClause = /\bwhile\s+I\s+([\p{L}]+)(.*)$/iu.exec(rest);
    if (whileClause) topic = `${gerund(whileClause[1]!)}${whileClause[2]}`;
    else if (purpose && !/^(?:me|them|us|you|him|her)$/iu.test(purpose)) topic = purpose;
    return { ...none, kind: 'person', who, group, did: did.trim(), topic: topic.trim(), target };
  }
  return { ...none, kind: 'topic', topic: d, target };
}

// Where a phrase can end and still be a phrase: before a time, a clause, a parenthesis, a list.
const CUTS = [
  /\s*\([^)]*\)?/u,
  /,\s.*$/u,
  /\s+(?:within|by|before|after|until|while|when|once|if|so that|so|because|since|next|this|in the next)\s.*$/iu,
  /\s+(?:who|that|which|where)\s.*$/iu,
  /\s+(?:about|on|for|with|in|at|from|to|into|through)\s.*$/iu,
];
const DANGLES = /\s+(?:at|of|and|or|the|a|an|for|in|on|to|with|from|by|my|your|our|&|-)$/iu;

const LIGHT = new Set([
  'the',
  'a',
  'an',
  'my',
  'your',
  'our',
  'how',
  'to',
  'whether',
  'what',
  'when',
  'where',
  'i',
]);

function contentWords(phrase: string): number {
  return phrase.split(' ').filter((w) => !LIGHT.has(w.toLowerCase())).length;
}

/** Shorter forms of a phrase, longest first, each ending where a phrase can end. */
export function shorterForms(phrase: string): string[] {
  const out = [phrase];
  let current = phrase;
  for (const cut of CUTS) {
    const next = current.replace(cut, '').replace(DANGLES, '').trim();
    // A cut that leaves one word, or "how to move", has lost what the phrase was about.
    if (next === current || contentWords(next) < 2) continue;
    out.push(next);
    current = next;
  }
  // A phrase with no natural end inside 100 characters (a pasted essay): whole words, no "…".
  if (current.length > 100) {
    const clipped = clipWords(current, 100);
    if (clipped) out.push(clipped);
  }
  return out;
}
