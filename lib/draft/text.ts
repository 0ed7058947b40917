import { measureLength } from './channel';

// Small text helpers for the drafter. Inputs are untrusted page and user text: control characters
// and line breaks never reach a draft from them, and nothing is ever cut inside a word.

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff]+/g;

/** One line of clean text: control characters and runs of white space become one space. */
export function clean(value: string | null | undefined): string {
  if (!value) return '';
  return value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

const DANGLING = /(?:\s+(?:at|of|and|the|a|an|for|in|on|to|with|from|by|&|\||[-–—,;:]))+$/iu;

/** The longest prefix of whole words within `max` (measured as the channel counts); '' if none fits. */
export function clipWords(text: string, max: number, ellipsis = ''): string {
  if (measureLength(text) <= max) return text;
  const room = max - measureLength(ellipsis);
  let end = -1;
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9) continue;
    if (i + breaks > room) break;
    end = i;
    if (c === 10) breaks++;
  }
  if (end <= 0) return '';
  let head = text.slice(0, end).replace(/[\s,;:–—-]+$/u, '');
  // Without an ellipsis the cut must read as complete: "Director of Analytics at" loses "at".
  if (!ellipsis) head = head.replace(DANGLING, '');
  return head ? head + ellipsis : '';
}

/** At most `n` words; an ellipsis marks that some were left out. */
export function firstWords(text: string, n: number): string {
  const words = text.split(' ');
  if (words.length <= n) return text;
  return `${words
    .slice(0, n)
    .join(' ')
    .replace(/[\s,;:–—-]+$/u, '')}…`;
}

// Words that start a user's phrase but are not names: safe to lower-case mid-sentence. Anything
// else keeps the user's casing ("Python code review" must not become "python").
const COMMON_START = new Set(
  (
    'a an the my our some your more better feedback advice help input guidance support intros introductions ' +
    'introduction review reviews code notes time lead leading become becoming move moving get getting build ' +
    'building write writing finish finishing ship launch land landing grow growing find finding learn learning ' +
    'switch switching return returning start starting publish publishing prepare preparing sponsor sponsorship ' +
    'how what why when where whether which someone people peers access mentoring coaching career'
  ).split(' '),
);

/** Lower-case the first letter when the first word is a common word, never a name or acronym. */
export function lowerFirst(text: string): string {
  const word = /^\p{L}+/u.exec(text)?.[0] ?? '';
  if (!COMMON_START.has(word.toLowerCase()) || /^\p{Lu}{2}/u.test(word)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A field of work mid-sentence: "Data science" → "data science", but "AI safety" and "McKinsey" stay. */
export function lowerNoun(text: string): string {
  const word = /^\p{L}+/u.exec(text)?.[0] ?? '';
  if (word.length < 2 || /\p{Lu}/u.test(word.slice(1))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Trailing full stops and question marks would double up inside a template sentence. */
export function stripEnd(text: string): string {
  return text.replace(/[\s.!?;:,]+$/u, '');
}

const HONORIFIC = /^(dr|prof|professor|mr|mrs|ms|mx|sir|dame)\.?$/i;

/** How to greet someone: the first real word of their name, or null when there is none. */
export function firstName(name: string | null | undefined): string | null {
  const words = clean(name)
    .split(' ')
    .filter((w) => /\p{L}/u.test(w) && !HONORIFIC.test(w));
  const first = words[0]?.replace(/[^\p{L}\p{M}'’-]/gu, '');
  if (!first || first.length > 30) return null;
  return first;
}

/** The role part of a headline: "Head of Data at Northwind | Speaker" → "Head of Data at Northwind". */
export function headlineRole(headline: string | null | undefined, max = 70): string {
  return headlineParts(headline, max)[0] ?? '';
}

/** Every part of a headline ("Coach | Author of …"), in order, each clipped to whole words. */
export function headlineParts(headline: string | null | undefined, max = 70): string[] {
  return clean(headline)
    .split(/\s[|•·/]\s|\s[–—-]\s|[|•·]/u)
    .map((part) => clipWords(stripEnd(part.trim()), max))
    .filter(Boolean);
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A small stable hash (FNV-1a) so the same person always gets the same phrasing. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
