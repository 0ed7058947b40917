// The one rule for text that came from outside (a LinkedIn page, a backup, a CSV, a note typed in
// another tab): it becomes a plain, bounded string that shows what it says. The reader calls it on
// every field it keeps; the background calls it at its door on whatever arrives there.

export interface CleanOptions {
  /** Longest result, in UTF-16 units, ellipsis included; cut on a whole character. None: no cap. */
  max?: number;
  /** Keep line breaks (notes); otherwise every run of whitespace becomes one space (names, headlines). */
  lines?: boolean;
}

// Emoji that a joiner may glue to the next one: a pictograph, or what ends one (skin tone, VS16).
const EMOJI_END = '\\p{Extended_Pictographic}\\u{1F3FB}-\\u{1F3FF}\\uFE0F';

// Invisible or reordering characters, stripped wherever they stand (issue 17 keeps U+200D in emoji):
// - U+200D (joiner) unless it stands between two emoji (👩‍💻, 👨‍👩‍👧, 🏳️‍🌈);
// - zero-width space/non-joiner, bidi marks, embeddings, overrides and isolates (U+061C, U+200B,
//   U+200C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), word joiner and invisible operators
//   (U+2060–U+2064), deprecated format controls (U+206A–U+206F), BOM, soft hyphen, U+180E, U+034F;
// - C0/C1 controls other than whitespace (whitespace is folded below);
// - tag characters (U+E0000–U+E007F, invisible ASCII: a known smuggling channel) unless they
//   spell a subdivision flag after 🏴 (England, Scotland, Wales);
// - a variation selector right after another one (one per character is all a font uses; runs of
//   them encode hidden bytes).
const STRIP = new RegExp(
  [
    `(?<![${EMOJI_END}])\\u200D`,
    `\\u200D(?!\\p{Extended_Pictographic})`,
    '[\\u061C\\u200B\\u200C\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\u00AD\\u180E\\u034F]',
    '[\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u0084\\u0086-\\u009F]',
    '(?<!\\u{1F3F4}[\\u{E0020}-\\u{E007E}]{0,5})[\\u{E0000}-\\u{E007F}]',
    '(?<=[\\uFE00-\\uFE0F\\u{E0100}-\\u{E01EF}])[\\uFE00-\\uFE0F\\u{E0100}-\\u{E01EF}]',
  ].join('|'),
  'gu',
);

// Cheap test first: most page text has none of these, and the reader cleans thousands of strings.
// Built from a string: the linter (rightly, elsewhere) refuses control characters in regex literals.
const SUSPECT_CHARS =
  '\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u034F\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\uFE00-\\uFE0F\\uFEFF\\uDB40';
const SUSPECT = new RegExp(`[${SUSPECT_CHARS}]`);

const NEWLINE = /\r\n?|[\u0085\u2028\u2029\v\f]/g;

export function cleanText(raw: string | null | undefined, options: CleanOptions = {}): string | null {
  if (!raw || typeof raw !== 'string') return null;
  const visible = SUSPECT.test(raw) ? strip(raw) : raw;
  const text = options.lines ? foldLines(visible) : visible.replace(/[\s\u0085]+/g, ' ').trim();
  if (!text) return null;
  const max = options.max;
  if (max === undefined || text.length <= max) return text;
  return max < 1 ? null : cut(text, max);
}

// A strip can bring two survivors together (a selector, a space, a selector): a second pass settles
// it, so cleaning a cleaned string changes nothing. Three passes bound a crafted string.
function strip(text: string): string {
  let out = text;
  for (let pass = 0; pass < 3; pass++) {
    const next = out.replace(STRIP, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

function foldLines(text: string): string {
  return text
    .replace(NEWLINE, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Cut to at most `max` units with an ellipsis, never inside a character a person sees as one
// (half a surrogate pair shows as �, half a family emoji as a lone adult).
function cut(text: string, max: number): string {
  if (max < 2) return '…';
  const room = max - 1;
  let end = 0;
  if (PLAIN.test(text.slice(room - 1, room + 1))) end = room;
  else
    for (const { index, segment } of graphemes(text.slice(0, room + 32))) {
      if (index + segment.length > room) break;
      end = index + segment.length;
    }
  // A joiner left last (🏽‍ is one grapheme, its 💻 the next) would join the ellipsis: a second
  // clean would strip it, and cleaning must settle in one call (a backup's round trip).
  return `${text
    .slice(0, end)
    .replace(/\u200D+$/u, '')
    .trimEnd()}…`;
}

// Two Latin-1 characters side by side (no combining mark, joiner, surrogate or control among them)
// always have a grapheme boundary between them (UAX 29: no rule joins them), so a cut there needs
// no Segmenter: most long page text is cut that way, and the first Segmenter costs 20-30 ms (below).
const PLAIN = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u00FF]{2}$/;

type Piece = { index: number; segment: string };
// Made on the first cut, not when the module loads: creating a Segmenter loads ICU's break data,
// 20-30 ms in Chromium, which every LinkedIn page the content script runs on paid at start, while
// only a field over its cap needs one.
let segmenter: Intl.Segmenter | null | undefined;

function graphemes(text: string): Iterable<Piece> {
  segmenter ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null;
  if (segmenter) return segmenter.segment(text);
  // Older engines: whole code points at least.
  const out: Piece[] = [];
  let index = 0;
  for (const ch of text) {
    out.push({ index, segment: ch });
    index += ch.length;
  }
  return out;
}
