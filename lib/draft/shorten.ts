import type { Channel } from '../domain';
import { countWords, measureLength } from './channel';
import { type Built, PART_KEYS, type PartKey, renderAsk } from './parts';
import { clipWords, lowerFirst } from './text';

// Shortening: walk DROP_ORDER until the draft fits, so the least important parts go first
// (ground rules, then offer detail, then why-detail…); then clip the ask at a word; never a word cut.

type Levels = Record<PartKey, number>;

const DROP_ORDER: [PartKey, number][] = [
  ['ground', 1],
  ['offer', 1],
  ['why', 1],
  ['context', 1],
  ['intro', 1],
  // The user picked the extra needs themselves: they outlast the offer and the intro.
  ['extra', 1],
  ['offer', 2],
  ['intro', 2],
  ['signoff', 1],
  ['why', 2],
  ['why', 3],
  ['step', 1],
];

/** Connection notes start compact: no intro, context, ground rules or sign-off. */
const NOTE_START: Partial<Levels> = {
  why: 2,
  intro: 2,
  context: 1,
  extra: 1,
  offer: 1,
  ground: 1,
  signoff: 1,
};

const PARAGRAPHS: PartKey[][] = [
  ['greeting'],
  ['why', 'intro'],
  ['context', 'ask', 'extra', 'step'],
  ['offer', 'ground'],
  ['signoff'],
];

export interface Budget {
  /** Hard limit in measured characters, or null. */
  chars: number | null;
  /** Word target maximum, or null. */
  words: number | null;
}

function render(built: Built, levels: Levels, ask: string, note: boolean): string {
  const pick = (key: PartKey) => (key === 'ask' ? ask : (built.parts[key][levels[key]] ?? ''));
  if (note) {
    const [greeting, ...rest] = PART_KEYS.map(pick).filter(Boolean);
    return [greeting, lowerFirst(rest.join(' '))].filter(Boolean).join(' ');
  }
  return PARAGRAPHS.map((keys) => keys.map(pick).filter(Boolean).join(' '))
    .filter(Boolean)
    .join('\n\n');
}

function fits(text: string, budget: Budget): boolean {
  if (budget.chars !== null && measureLength(text) > budget.chars) return false;
  return budget.words === null || countWords(text) <= budget.words;
}

/** The longest prefix of the ask (in words) that lets the draft fit; '' when none does. */
function clipAsk(built: Built, levels: Levels, budget: Budget, note: boolean): string {
  const words = built.askText.split(' ');
  const at = (n: number) => renderAsk(built.variant, `${words.slice(0, n).join(' ')}…`, built.askIsSentence);
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(render(built, levels, at(mid), note), budget)) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? at(lo) : '';
}

export function shorten(built: Built, channel: Channel, budget: Budget): string {
  const note = channel === 'connection-note';
  const levels = Object.fromEntries(PART_KEYS.map((k) => [k, 0])) as Levels;
  if (note) Object.assign(levels, NOTE_START);
  // A formal ask without its ground rules is a different ask: in a message the why-detail gives
  // way first. A connection note has no room for either.
  const formal = !note && built.parts.ground[0] !== '';
  const order: [PartKey, number][] = formal ? [['why', 1], ['context', 1], ...DROP_ORDER] : DROP_ORDER;
  let ask = renderAsk(built.variant, built.askText, built.askIsSentence);
  let text = render(built, levels, ask, note);
  for (const [key, level] of order) {
    if (fits(text, budget)) return text;
    if (levels[key] >= level) continue;
    levels[key] = level;
    text = render(built, levels, ask, note);
  }
  if (fits(text, budget)) return text;
  ask = clipAsk(built, levels, budget, note);
  if (!ask) {
    levels.why = built.parts.why.length - 1;
    ask = clipAsk(built, levels, budget, note);
  }
  text = render(built, levels, ask, note);
  if (fits(text, budget)) return text;
  // Last resort for absurd settings or names: whole words up to the limit.
  if (budget.words !== null)
    text = text
      .split(/(?<=\S)(?=\s)/u)
      .slice(0, budget.words)
      .join('');
  return budget.chars === null ? text : clipWords(text, budget.chars);
}
