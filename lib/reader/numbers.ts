import { PROFILE_CAPS } from '../caps';

// Counts and degrees as LinkedIn prints them in English, German, French, Spanish and Portuguese:
// "1,234" / "1.234" / "1 234" / "12K" / "1,2 k"; "1st" "2nd" "3rd+" / "1er" "2e" / "2." / "2º".

// Letters of the five languages, lowercase (the text is lowercased first). Not \p{L} with /iu: V8
// compiles that into Unicode-wide case tables, ~1 ms on the first call of every page.
const LETTER = 'a-zß-öø-ÿ';
const NUMBER = new RegExp(
  String.raw`(\d{1,3}(?:[.,\u00a0\u202f ']\d{3})+|\d+(?:[.,]\d+)?)\s*(k|m|mil|mio\.?|mi)?(?![${LETTER}\d])`,
);

/** No LinkedIn count comes near this; bigger means the text is not a count. */
const MAX_COUNT = PROFILE_CAPS.count;

export function parseCount(text: string | null | undefined): number | null {
  if (!text) return null;
  const match = NUMBER.exec(text.toLowerCase());
  if (!match) return null;
  const [, digits = '', suffix = ''] = match;
  const unit = suffix ? (/^(k|mil)$/i.test(suffix) ? 1_000 : 1_000_000) : 1;
  let value: number;
  if (/^\d{1,3}(?:[.,\u00a0\u202f ']\d{3})+$/.test(digits) && unit === 1) {
    value = Number(digits.replace(/\D/g, '')); // thousands separators in any locale
  } else {
    value = Number(digits.replace(/[\u00a0\u202f ']/g, '').replace(',', '.'));
  }
  const count = Math.round(value * unit);
  return Number.isFinite(count) && count <= MAX_COUNT ? count : null;
}

// An ordinal: 1, 2 or 3 not inside a word or number, an optional space, one of these suffixes in
// this order (the first that fits wins), and no letter or digit after it ("3rd+" is fine). Scanned by
// hand, not as the regexp it was (`(?:^|[^letters\d.,])([123])\s?(?:st|nd|…)(\+)?(?![letters\d])`):
// V8 compiled that one twice per page (bytecode, then machine code on the second call), ~0.5 ms of
// the reader's first call, on every profile and list.
const SUFFIXES = ['st', 'nd', 'rd', 'th', 'er', 're', 'ère', 'e', 'ème', 'º', '°', 'ª', 'o', 'a', '.'];

/** A character of LETTER or a digit; `ch` is one UTF-16 unit of lowercased text, or undefined. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

function ordinal(text: string): number | null {
  for (let i = 0; i < text.length; i++) {
    const digit = text[i];
    if (digit !== '1' && digit !== '2' && digit !== '3') continue;
    const before = text[i - 1];
    if (isWordChar(before) || before === '.' || before === ',') continue;
    // String.prototype.trim strips exactly what \s matches
    const at = i + 1 < text.length && text[i + 1]!.trim() === '' ? i + 2 : i + 1;
    for (const suffix of SUFFIXES)
      if (text.startsWith(suffix, at) && !isWordChar(text[at + suffix.length])) return Number(digit);
  }
  return null;
}
const WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  erster: 1,
  zweiter: 2,
  dritter: 3,
  premier: 1,
  deuxième: 2,
  troisième: 3,
  primer: 1,
  segundo: 2,
  tercer: 3,
  primeiro: 1,
  terceiro: 3,
};

// The two checks below stand for regexps that were on every page's first read, where V8 compiles a
// regexp on its first call and again on its second: plain string code costs next to nothing there.

/** A degree line of the top card and cards ("· 2nd", "• 3rd+"): `/^[·•]\s*\S{1,8}$/`. */
export function isDegreeLine(text: string): boolean {
  if (text[0] !== '·' && text[0] !== '•') return false;
  const rest = text.slice(1).trimStart(); // trimStart strips exactly what \s matches
  if (rest.length < 1 || rest.length > 8) return false;
  for (let i = 0; i < rest.length; i++) if (rest[i]!.trim() === '') return false;
  return true;
}

/** Some ASCII digit in `text`: `/\d/`. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** 1, 2 or 3 from a degree badge ("· 2nd", "3rd+ degree connection", "2.", "2º"); null otherwise. */
export function parseDegree(text: string | null | undefined): number | null {
  if (!text || text.length > 200) return null;
  const degree = ordinal(text.toLowerCase());
  if (degree !== null) return degree;
  const word =
    /\b(first|second|third|erster|zweiter|dritter|premier|deuxième|troisième|primer|segundo|tercer|primeiro|terceiro)\b/i.exec(
      text,
    );
  return word ? (WORDS[word[1]!.toLowerCase()] ?? null) : null;
}

export const CONNECTIONS_WORD =
  /connections?|kontakte?|relations?|contactos?|conexiones|conexões|conexão|contatos?/i;
export const FOLLOWERS_WORD = /followers?|follower:innen|abonnés?|seguidores?/i;
export const MUTUAL_WORD = /mutual|gemeinsame|en commun|en común|em comum/i;

/**
 * The count that belongs to a label: "26,825 followers", "500+ connections", "See connections (90)",
 * "1.234 Follower". A number elsewhere in the text is not it.
 */
export function countNear(text: string | null | undefined, word: RegExp): number | null {
  if (!text) return null;
  const [before, after] = nearPatterns(word);
  const found = before.exec(text) ?? after.exec(text);
  return found ? parseCount(found[0]) : null;
}

// Built once per label word, not per call: compiling is most of a regex's cost on a page.
const near = new Map<RegExp, [RegExp, RegExp]>();
function nearPatterns(word: RegExp): [RegExp, RegExp] {
  let patterns = near.get(word);
  if (!patterns) {
    const number = String.raw`(\d[\d.,\u00a0\u202f ']*\d|\d)\s*(?:[kKmM]|mil|Mio\.?)?`;
    patterns = [
      new RegExp(`${number}\\+?\\s*(?:${word.source})`, 'i'),
      new RegExp(`(?:${word.source})\\s*\\(\\s*${number}\\s*\\)`, 'i'),
    ];
    near.set(word, patterns);
  }
  return patterns;
}

/** "500+ connections" stays "500+" (LinkedIn's own cap); other counts become numbers. */
export function parseConnections(text: string | null | undefined): number | '500+' | null {
  if (!text) return null;
  // "500+ Kontakte", "+ de 500 relations", "Más de 500 contactos", "Mais de 500 conexões"
  if (
    /500\s*\+|\+\s*(?:de\s*)?500|(?:más|mais|plus|über|more than)\s+(?:de\s+|als\s+|than\s+)?500/i.test(text)
  )
    return '500+';
  return (
    countNear(text, CONNECTIONS_WORD) ?? (/^[\d.,\s\u00a0\u202f]+$/.test(text) ? parseCount(text) : null)
  );
}

const OTHERS = /(\d[\d.,\u00a0\u202f ]*)\s*(?:other|others|weitere|autres?|otros?|otras?|outros?|outras?)\b/i;
const COUNTED = new RegExp(
  `(\\d[\\d.,\u00a0\u202f ]*)\\s+(?:${MUTUAL_WORD.source}|gemeinsamer?\\s+kontakte?|relations?\\s+en\\s+commun|contactos?\\s+en\\s+común|conexões\\s+em\\s+comum|conexiones\\s+en\\s+común)`,
  'i',
);
const NAME_SEPARATORS = /,|\s(?:and|und|et|y|e)\s/i;
const VERB = /\s(?:is|are|ist|sind|est|sont|es|son|é|são)\s/i;

/**
 * Mutual connections from LinkedIn's sentence: "A, B, and 2 other mutual connections" (4),
 * "A and B are mutual connections" (2), "A is a mutual connection" (1), "12 mutual connections".
 */
export function parseMutual(text: string | null | undefined): number | null {
  if (!text || !MUTUAL_WORD.test(text)) return null;
  // "16 Mutual Connections", or Spanish "Ada, Bo y 6 contactos en común más" (names come first)
  const counted = COUNTED.exec(text);
  if (counted) return (parseCount(counted[1]) ?? 0) + countNames(text.slice(0, counted.index));
  const others = OTHERS.exec(text);
  if (others) return (parseCount(others[1]) ?? 0) + countNames(text.slice(0, others.index));
  const leading = /^\s*(\d[\d.,\u00a0\u202f ]*)\s/.exec(text);
  if (leading) return parseCount(leading[1]);
  const verb = VERB.exec(text);
  const named = countNames(verb ? text.slice(0, verb.index) : (text.split(MUTUAL_WORD)[0] ?? ''));
  return named > 0 ? named : null;
}

const CONNECTORS = /^(?:and|und|et|y|e|mais|más|plus|weitere|autres?|other|others)$/i;
// Something other than digits, spaces and punctuation: a name in any script. (Not \p{L}/u, whose
// Unicode tables cost ~2 ms to compile on each page.)
const NAME_LIKE = /[^\s\d.,;:!?'"()[\]\-–—·•+]/;

function countNames(text: string): number {
  return text
    .split(NAME_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => NAME_LIKE.test(part) && !CONNECTORS.test(part)).length;
}
