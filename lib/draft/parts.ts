import type { Channel, Need, NeedId, Profile, SelfProfile } from '../domain';
import { isBuiltInNeed, needName } from '../needs-catalog';
import { WORD_TARGET } from './channel';
import { firstStep } from './logistics';
import { ASK_GAPS, NEED_VARIANTS, type NeedVariant } from './templates';
import {
  clean,
  clipWords,
  firstName,
  firstWords,
  hash,
  joinList,
  lowerFirst,
  lowerNoun,
  stripEnd,
  upperFirst,
} from './text';
import type { Why } from './why';

// The pieces a draft is made of, each with levels from full to gone. Shortening (shorten.ts) walks
// DROP_ORDER, so what matters least goes first and the ask and the time box go last.

export const PART_KEYS = [
  'greeting',
  'why',
  'intro',
  'context',
  'ask',
  'extra',
  'step',
  'offer',
  'ground',
  'signoff',
] as const;
export type PartKey = (typeof PART_KEYS)[number];
export type Parts = Record<PartKey, string[]>;

/** Gaps the user fills in; `missing` names the field behind each gap left in the text. */
export const GAPS = {
  name: '[your name]',
  field: '[your field]',
  goal: '[your goal]',
  offers: '[what you can offer in return]',
} as const;

export interface Built {
  parts: Parts;
  variant: NeedVariant;
  variants: number;
  /** The ask as words, clipped by fit.ts when nothing else is left to drop. */
  askText: string;
  askIsSentence: boolean;
  askGap: boolean;
  topic: string;
  /** Minutes of the first step, for subject lines. */
  dur: string;
  seed: number;
}

const SENTENCE_ASK = /^(I|I['’]m|I['’]d|I['’]ve|My|We|We['’]re|Our)(?!\p{L})/u;

// "Feedback on my paper" reads better in a subject as "my paper": the kind of ask is in the template.
const TOPIC_LEAD =
  /^(?:(?:some|your|an?|the)\s+)?(?:feedback|advice|help|input|thoughts|guidance|introductions?|intros?|sponsor|sponsorship|support)\s+(?:on|with|for|to|about|in)\s+/iu;

export function renderAsk(variant: NeedVariant, askText: string, sentence: boolean): string {
  if (!askText) return '';
  const text = sentence ? `${upperFirst(askText)}.` : variant.ask.replace('{ask}', askText);
  // A clipped ask ends in "…": no full stop after it.
  return text.replace('….', '…');
}

export function buildParts(
  self: SelfProfile,
  needs: Need[],
  person: Partial<Profile> & { slug: string },
  why: Why,
  needIds: NeedId[],
  channel: Channel,
  variant: number,
): Built {
  const seed = hash(person.slug);
  const lead = needIds[0];
  const key = lead && isBuiltInNeed(lead) ? lead : 'custom';
  const list = NEED_VARIANTS[key];
  const template = list[(variant + seed) % list.length]!;
  const need = needs.find((n) => n.id === lead);
  const rawAsk = stripEnd(clean(need?.ask));
  const askGap = !rawAsk;
  const askIsSentence = SENTENCE_ASK.test(rawAsk);
  // No channel fits more than WORD_TARGET.max words: longer asks are cut here, once, at a word.
  const askText = firstWords(
    rawAsk ? (askIsSentence ? rawAsk : lowerFirst(rawAsk)) : ASK_GAPS[key],
    WORD_TARGET.max + 5,
  );
  const topicSource = rawAsk || (lead ? needName({ id: lead, name: need?.name }).toLowerCase() : 'your work');
  const topic =
    clipWords(topicSource.replace(TOPIC_LEAD, ''), 60, '…') ||
    needName({ id: lead ?? 'custom-need' }).toLowerCase();

  const step = firstStep(self, person);
  const fill = (s: string) => s.replace('{dur}', step.dur).replace('{meet}', step.meet);

  const first = firstName(person.name);
  const hello = seed % 2 ? 'Hello' : 'Hi';
  const greeting = first ? `${hello} ${first},` : person.name ? `${hello} there,` : `${hello} [their name],`;

  const field = clipWords(clean(self.field), 60);
  const org = clipWords(clean(self.organization), 60);
  const where = [field ? `in ${lowerNoun(field)}` : `in ${GAPS.field}`, org ? `at ${org}` : ''].filter(
    Boolean,
  );
  const goal = stripEnd(clipWords(clean(self.goal), 200, '…'));
  const goalLine = `My next step: ${goal ? lowerFirst(goal) : GAPS.goal}.`;

  const offers = self.offers
    .map((o) => stripEnd(clipWords(clean(o), 60)))
    .filter(Boolean)
    .map(lowerFirst);
  const offerOpen = ['In return, I can offer', "In return, I'd gladly offer", 'In return, I could offer'][
    seed % 3
  ]!;
  const offerFull = `${offerOpen} ${offers.length ? joinList(offers.slice(0, 3)) : GAPS.offers}.`;
  const offerShort = `${offerOpen} ${offers[0] ?? GAPS.offers}.`;

  const extras = needIds.slice(1, 3).map((id) => {
    const n = needs.find((x) => x.id === id);
    const ask = stripEnd(clipWords(clean(n?.ask), 120, '…'));
    return ask ? lowerFirst(ask) : `your view on ${needName({ id, name: n?.name }).toLowerCase()}`;
  });

  const name = clipWords(clean(self.name), 60) || GAPS.name;
  const thanks = seed % 3 === 1 ? 'Best,' : 'Thanks,';
  const note = channel === 'connection-note';

  const parts: Parts = {
    greeting: [greeting],
    why: [[why.core, why.detail].filter(Boolean).join(' '), why.core, why.short, why.tiny || why.short, ''],
    intro: [`I work ${where.join(' ')}. ${goalLine}`, goalLine, ''],
    context: [template.context, ''],
    ask: [renderAsk(template, askText, askIsSentence)],
    extra: [extras.length ? `I'd also value ${joinList(extras)}.` : '', ''],
    step: [fill(template.step), fill(template.stepShort)],
    offer: [offerFull, offerShort, ''],
    ground: [template.ground ?? '', ''],
    signoff: [note ? '' : `${thanks}\n${name}`, ''],
  };
  return {
    parts,
    variant: template,
    variants: list.length,
    askText,
    askIsSentence,
    askGap,
    topic,
    dur: step.dur,
    seed,
  };
}
