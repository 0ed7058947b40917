import { countWords, type Draft, measureLength, WORD_TARGET } from '../../../lib/draft';

// The table's own reading of a draft (issue 18), written apart from the coach so that the two check
// each other: a fault either one sees is a fault.

// Common words that are never names: capitalised mid-sentence they are a phrase pasted in.
const COMMON = new Set(
  (
    'a an the one two three some someone somebody other others my our your their this that these those ' +
    'expert experts feedback advice help support learn learning getting get being introductions introduction ' +
    'intros review reviews critical weekly monthly peers peer people person confidante ' +
    'talking finishing negotiating contacts ' +
    'women men support how whether what when where which who why to for of in on with from by and or but ' +
    'move become lead manage find build write start'
  ).split(' '),
);

export interface Context {
  /** The user's organisation when the person works there too. */
  sharedOrg?: string;
  /** The need's description and the user's own request, for the presence check. */
  ask: string;
  request?: string;
  /** Nothing is known about the person: the drafter marks the why as a gap, as it should. */
  gapExpected?: boolean;
}

const LIGHT = new Set(
  'someone somebody senior leader leaders peers peer people person other others expert confidante sponsor mentor about with their there which would could'.split(
    ' ',
  ),
);

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}][\p{L}'’-]{4,}/gu) ?? []).filter((w) => !LIGHT.has(w));
}

/** Faults a reader would edit before sending; [] when the draft can go as it is. */
export function faults(draft: Draft, ctx: Context): string[] {
  const out: string[] = [];
  const { text, subject } = draft;
  if (/…|\.\.\./u.test(text)) out.push('ellipsis in text');
  if (subject && /…|\.\.\./u.test(subject)) out.push('ellipsis in subject');
  if (draft.limit !== null && measureLength(text) > draft.limit) out.push('over the limit');
  if (draft.channel !== 'connection-note') {
    const words = countWords(text);
    if (words < WORD_TARGET.min || words > WORD_TARGET.max) out.push(`${words} words`);
  }
  if (subject) {
    if (measureLength(subject) > 62) out.push('subject over ~60');
    if (/\s(?:a|an|the|of|and|or|to|for|on|in|with|at|my|your|by)$/iu.test(subject)) out.push('subject cut');
  }
  // A capital mid-sentence on a common word: "for One or two peers", "in mind: Expert feedback".
  for (const m of text.matchAll(/(?<=[\p{Ll},:;] )(\p{Lu}\p{Ll}+)/gu))
    if (COMMON.has(m[1]!.toLowerCase())) out.push(`capital mid-sentence: ${m[1]}`);
  // Asking someone to be a role, or a role pasted where the ask goes.
  if (/\b(?:would|could|will|can) you be (?:my|a|an|the)\b/iu.test(text)) out.push('asks them to be a role');
  if (
    /(?:ask|in mind|looking for|hoping for|is)\s*:?\s+(?:a|an|one or two|someone)\s+(?:[\p{L}-]+\s+){0,3}who\s+(?:would|could|can|will)\b/iu.test(
      text,
    )
  )
    out.push('a role pasted as the ask');
  if (/\bpartner for (?:one|two|a few|some)\b/iu.test(text)) out.push('a fragment pasted');
  // Matched keywords as "experience": "your experience with Marélia Saúde and chief".
  if (/\byour (?:experience|expertise|background) (?:with|in) [^.?!]*(?:,| and )/iu.test(text))
    out.push('keywords as experience');
  if (ctx.sharedOrg && new RegExp(`\\b(?:at|for|with|join(?:ed)?) ${ctx.sharedOrg}`, 'iu').test(text))
    out.push('tells a colleague where they work');
  if (/\s[,.;:?]|[,;:]\s*[.?]|\.\.|\?\./u.test(text)) out.push('broken punctuation');
  if (/\b(\p{L}+) \1\b/iu.test(text.replace(/\n/g, ' '))) out.push('doubled word');
  const gaps = text.match(/\[[^\]]+\]/gu) ?? [];
  if (gaps.length > (ctx.gapExpected ? 1 : 0)) out.push('gap left in');
  if (!/\?/u.test(text)) out.push('no question asked');
  const own = ctx.request?.trim();
  const present = own && text.includes(own.replace(/[.?!]?$/u, ''));
  if (!present) {
    const source = contentWords(`${ctx.ask} ${own ?? ''}`);
    const lower = text.toLowerCase();
    if (source.length && !source.some((w) => lower.includes(w))) out.push('the request is missing');
  }
  return out;
}
