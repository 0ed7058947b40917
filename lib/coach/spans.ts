import type { Compiled } from './compile';

// Span helpers over the coached text. Offsets are UTF-16 indices, as the editor's selection uses.

/** Only the first matches of a kind are marked; a 100 KB paste must not yield 100,000 findings. */
export const MAX_SPANS = 20;

export interface Hit {
  start: number;
  end: number;
  entry: number;
}

export function hits(re: RegExp, text: string, max = MAX_SPANS): Hit[] {
  const found: Hit[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const entry = entryOf(m);
    found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, entry });
    if (found.length >= max) break;
  }
  return found;
}

export function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

function entryOf(match: RegExpMatchArray): number {
  for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return i - 1;
  return 0;
}

const QUESTION = /[?？؟\u037e]+/gu;

/** Question marks, a run counting once ("??" is one question). */
export function questions(text: string): Hit[] {
  return hits(QUESTION, text, 10_000);
}

/** Where the sentence holding `index` starts. */
export function sentenceStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === '？' || c === '。') {
      let j = i + 1;
      while (j < index && /\s/.test(text[j]!)) j++;
      return j;
    }
  }
  return 0;
}

/** The first index past `limit` as measureLength counts (a line break counts two). */
export function overflowAt(text: string, limit: number): number {
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    used += text.charCodeAt(i) === 10 ? 2 : 1;
    if (used > limit) return i;
  }
  return text.length;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

/** Where word number `n + 1` starts: the part past a word target. */
export function wordAt(text: string, n: number): number {
  let count = 0;
  for (const m of text.matchAll(WORD)) if (++count > n) return m.index ?? 0;
  return text.length;
}

export type { Compiled };
