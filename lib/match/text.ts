// Text plumbing for the matcher: one normalisation used on both sides (the user's words and the
// page's), so "Modelling", "models" and "modèle" meet in the middle (stems: ./stem.ts). The
// matcher runs in the background, once per profile or list the user opens.
import { stem } from './stem';

const MARKS = /[\u0300-\u036f]/g;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}+#]*/gu;
const ASCII_TOKEN = /[a-z0-9][a-z0-9+#]*/g;
const NON_ASCII = /[^\t-~]/;

function foldAs(text: string, ascii: boolean): string {
  // Most profile text is ASCII: skipping Unicode normalisation there halves the matcher's time.
  const plain = ascii ? text : text.normalize('NFKD').replace(MARKS, '').replace(/ß/g, 'ss');
  const lower = plain.toLowerCase();
  // Most text has no "z" at all, and looking for one costs a fraction of the replace.
  return lower.includes('z') ? lower.replace(/iz/g, 'is') : lower;
}

/** Lower case, no accents, British/American "-ise/-ize" folded together. */
export function fold(text: string): string {
  return foldAs(text, !NON_ASCII.test(text));
}

/** Folded words of a text, in order. */
export function words(text: string): string[] {
  const ascii = !NON_ASCII.test(text);
  return foldAs(text, ascii).match(ascii ? ASCII_TOKEN : TOKEN) ?? [];
}

/** Between the texts in what `listWords` returns. */
export const LIST_BREAK = '\x1f';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the break is a control character on purpose
const LIST_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}+#]*|\x1f/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the break is a control character on purpose
const ASCII_LIST_TOKEN = /[a-z0-9][a-z0-9+#]*|\x1f/g;

/**
 * `words` of each text, with LIST_BREAK between texts, in one pass: folding and the regex cost
 * more per call than a skill's two words do. The break is a control character that folding leaves
 * alone and no word contains (a text carrying one has it blanked first), and nothing in folding
 * reaches across it, so the words are exactly those of `words` on each text.
 */
export function listWords(texts: string[]): string[] {
  const joined = texts
    .map((t) => (t.includes(LIST_BREAK) ? t.replaceAll(LIST_BREAK, ' ') : t))
    .join(LIST_BREAK);
  const ascii = !NON_ASCII.test(joined);
  return foldAs(joined, ascii).match(ascii ? ASCII_LIST_TOKEN : LIST_TOKEN) ?? [];
}

// Function words in the five languages LinkedIn users here write in: never evidence of anything.
export const STOP = new Set(
  (
    'a an and are as at be by for from has have i in is it its my of on or our the their this to we with ' +
    'you your who what how why when where which me us am was were will can do does did not no so than ' +
    'der die das und oder mit fur von zu im am ein eine bei ich mein meine wir le la les des du de et ou ' +
    'un une pour avec dans sur au aux en mon ma mes el los las y o con para por del al mi mis un una em ' +
    'da do dos das e com na no os as meu minha'
  ).split(' '),
);

// Broad words: a match on one of them alone says little ("risk", "manager", "senior").
export const GENERIC = new Set(
  (
    'risk manager management senior lead head director business services solutions team project work ' +
    'professional experience development strategy consulting specialist global international product ' +
    'operations help passion innovation digital technology data research growth leader leadership ' +
    'customer client sales marketing expert new model system analysis design policy'
  )
    .split(' ')
    .map(stem),
);

/** Weight of one stemmed word inside a phrase. */
export function weightOf(s: string): number {
  return GENERIC.has(s) ? 0.25 : 1;
}

/** A content word's stem, and the same with a trailing space: a field's text is built of these. */
export interface Stemmed {
  stem: string;
  spaced: string;
}

const contentCache = new Map<string, Stemmed | null>();

/**
 * The stem of a content word, or null for a function word: one look-up per word on long texts.
 * The spaced copy is kept so that building a field's text allocates no string per word.
 */
export function contentStem(word: string): Stemmed | null {
  let s = contentCache.get(word);
  if (s === undefined) {
    if (contentCache.size > 20_000) contentCache.clear();
    const st = STOP.has(word) ? '' : stem(word);
    s = st ? { stem: st, spaced: `${st} ` } : null;
    contentCache.set(word, s);
  }
  return s;
}

/** Stemmed content words of a text (function words dropped). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (!STOP.has(w)) out.push(stem(w));
  return out;
}

/** A short quote of page or user text for a reason: plain string, at most `cap` characters. */
export function snippet(text: string, cap = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= cap) return flat;
  const cut = flat.slice(0, cap - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > cap / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
