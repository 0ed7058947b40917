import type { Channel } from '../domain';
import { countWords, measureLength, WORD_TARGET } from './channel';
import type { Pieces } from './compose';
import { clipWords, upperFirst } from './text';

// Writing a channel from whole sentences (issue 18): a note fits by choosing a shorter form of the
// request (a shorter topic, no why, no time box) and a message by leaving out what matters least,
// never by cutting a sentence or adding "…". Subjects name the request's subject in ≤ 60 characters.

export const SUBJECT_TARGET = 60;
const TIMED = /\d+[- ]minute|\bminutes\b|\bcoffee\b|\bcall\b/iu;

function join(...sentences: string[]): string {
  return sentences.filter(Boolean).join(' ');
}

const DROPS = ['offerShort', 'detail', 'also', 'goal', 'extra', 'offer', 'intro', 'signoff'] as const;
type Drop = (typeof DROPS)[number];

function message(p: Pieces, t: string, dropped: Set<Drop>): string {
  const why = join(p.why.core, dropped.has('detail') ? '' : p.why.detail);
  const intro = dropped.has('intro') ? '' : dropped.has('goal') ? p.introShort : p.intro;
  const offer = p.trade || dropped.has('offer') ? '' : dropped.has('offerShort') ? p.offerShort : p.offer;
  const body = join(
    p.trade,
    p.request || p.shape.lead(t),
    dropped.has('extra') || p.request ? '' : p.shape.extra,
  );
  const paragraphs = [
    p.greeting,
    join(why, intro),
    join(body, dropped.has('also') ? '' : p.also, p.step),
    offer,
    dropped.has('signoff') ? '' : p.signoff,
  ];
  return paragraphs.filter(Boolean).join('\n\n');
}

function fits(text: string, chars: number | null, words: number | null): boolean {
  if (chars !== null && measureLength(text) > chars) return false;
  return words === null || countWords(text) <= words;
}

export function writeMessage(p: Pieces, chars: number | null): string {
  const topics = p.shape.topics;
  let last = '';
  for (const t of topics) {
    const dropped = new Set<Drop>();
    let text = message(p, t, dropped);
    for (const d of DROPS) {
      if (fits(text, chars, WORD_TARGET.max)) return text;
      dropped.add(d);
      text = message(p, t, dropped);
    }
    if (fits(text, chars, WORD_TARGET.max)) return text;
    last = text;
  }
  // A request of the user's own longer than the channel: whole words up to the limit (their text).
  const tokens = last.split(/(?<=\S)(?=\s)/u);
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (countWords(tokens.slice(0, mid).join('')) <= WORD_TARGET.max) lo = mid;
    else hi = mid - 1;
  }
  const cut = tokens.slice(0, lo).join('');
  return chars === null ? cut : clipWords(cut, chars);
}

export function writeNote(p: Pieces, chars: number): string {
  const topics = p.shape.topics;
  const whys = [p.why.short, p.why.tiny, ''].filter((w, i) => w || i === 2);
  const candidates: { text: string; cost: number }[] = [];
  const own = p.request ? [p.request] : [];
  const requests = [
    ...own.map((r, i) => ({ r, cost: i })),
    ...topics.map((t, i) => ({ r: p.shape.note(t), cost: own.length + i * 2 })),
  ];
  for (const { r, cost } of requests)
    for (const [wi, why] of whys.entries())
      for (const withStep of [true, false]) {
        const step = withStep && !TIMED.test(r) ? p.stepShort : '';
        if (withStep && !step && !TIMED.test(r)) continue;
        const text = join(p.greeting, lowerStart(why || r), why ? r : '', step);
        candidates.push({ text, cost: cost + (why ? wi : 3.5) + (step || TIMED.test(r) ? 0 : 2.5) });
      }
  candidates.sort((a, b) => a.cost - b.cost);
  const best = candidates.find((c) => measureLength(c.text) <= chars);
  if (best) return best.text;
  // Absurd settings or names: the shortest request alone, then whole words up to the limit.
  const shortest = p.shape.note(topics[topics.length - 1] ?? '');
  return measureLength(shortest) <= chars ? shortest : clipWords(shortest, chars);
}

/** After "Hi Dana," a sentence goes on in lower case, unless it starts with "I". */
function lowerStart(text: string): string {
  return /^I\b/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

export function writeSubject(p: Pieces): string {
  for (const t of p.shape.topics) {
    const s = upperFirst(p.shape.subject(t));
    if (measureLength(s) <= SUBJECT_TARGET) return s;
  }
  const s = p.shape.plain ?? upperFirst(p.shape.subject(p.name));
  return measureLength(s) <= SUBJECT_TARGET ? s : 'A short request';
}

export function writeDraft(p: Pieces, channel: Channel, limit: number | null): string {
  return channel === 'connection-note' ? writeNote(p, limit ?? 200) : writeMessage(p, limit);
}
