import type { BuiltInNeedId, Need, Profile, SelfProfile } from '../domain';
import { compareOrgs } from '../match/organisation';
import { isBuiltInNeed, needName } from '../needs-catalog';
import { midSentence, properWords } from './casing';
import { type Described, describe } from './describe';
import { type Goal, goalOf, offerLine } from './goal';
import { firstStep } from './logistics';
import { type AskContext, type Shape, shapeFor } from './shapes';
import { clean, clipWords, firstName, hash, joinList, stripEnd, upperFirst } from './text';
import type { DraftInput } from './types';
import { type Why, whyThisPerson } from './why';

// Everything a draft is made of, as whole sentences: the channel writers (write.ts) choose among
// them and never cut one.

/** Gaps the user fills in; `missing` names the field behind each gap left in the text. */
export const GAPS = {
  name: '[your name]',
  field: '[your field]',
  goal: '[your goal]',
  offers: '[what you can offer in return]',
} as const;

/** What stands in for an empty need: a usable phrase with the gap marked. */
const ASK_GAPS: Record<BuiltInNeedId | 'custom', string> = {
  'professional-development': '[the skill or career move you are working on]',
  'emotional-support': '[what you are going through]',
  community: '[the interest or cause you share]',
  accountability: '[the goal and date you commit to]',
  sponsorship: '[the role or opportunity you are aiming for]',
  networks: '[the people or circle you want to reach]',
  'project-feedback': '[the piece of work you want feedback on]',
  'role-models': '[the move they made that you want to make]',
  'safe-space': '[what you want to think through]',
  custom: '[your specific ask]',
};

export interface Pieces {
  greeting: string;
  why: Why;
  /** Who the user is, said to this person: no "I work at" to a colleague. */
  intro: string;
  /** The same without the goal. */
  introShort: string;
  shape: Shape;
  /** The need's name, lower-case: the subject's last resort. */
  name: string;
  /** The user's own request, when they wrote one: carried word for word. */
  request: string;
  /** Further needs picked for this draft, as one sentence. */
  also: string;
  step: string;
  stepShort: string;
  offer: string;
  offerShort: string;
  /** The trade up front, when they want what the user offers. */
  trade: string;
  signoff: string;
  askGap: boolean;
  variants: number;
}

export const VARIANTS = 3;

function sentence(text: string): string {
  const t = upperFirst(clean(text));
  return /[.!?]$/u.test(t) ? t : `${t}.`;
}

function internalTo(self: SelfProfile, person: Partial<Profile>): boolean {
  return compareOrgs(self.organization, person.company) === 'same';
}

function outsideFrom(reasons: string): AskContext['outside'] {
  if (/outside your organisation and field/i.test(reasons)) return 'org-and-field';
  if (/outside your organisation/i.test(reasons)) return 'org';
  return null;
}

function described(need: Need | undefined, key: BuiltInNeedId | 'custom', proper: Set<string>): Described {
  const d = describe(need?.ask, proper);
  if (d.kind !== 'none') return d;
  const gap = ASK_GAPS[key];
  return {
    kind: 'topic',
    topic: gap,
    thing: '',
    who: '',
    group: '',
    did: '',
    target: key === 'sponsorship' ? gap : '',
  };
}

export function pieces(input: DraftInput, variant: number): Pieces {
  const { self, needs, person, needIds } = input;
  const lead = needIds[0];
  const key = lead && isBuiltInNeed(lead) ? lead : 'custom';
  const need = needs.find((n) => n.id === lead);
  const seed = hash(person.slug);
  const proper = properWords([
    self.organization,
    self.location,
    self.field,
    self.goal,
    ...self.offers,
    ...self.wants,
    ...needs.flatMap((n) => [n.ask, n.request ?? '', ...n.keywords]),
    person.company,
    person.headline,
  ]);
  for (const w of clean(
    `${self.organization} ${self.location} ${person.company ?? ''} ${person.name ?? ''}`,
  ).split(' '))
    if (/^\p{Lu}/u.test(w)) proper.add(w.toLowerCase().replace(/[.,]$/u, ''));

  const internal = internalTo(self, person);
  const tag = (input.tags ?? []).find((t) => t.need === lead);
  const why = whyThisPerson(person, input.tags ?? [], lead, internal, variant);
  const step = firstStep(self, person);
  const goal: Goal | null = goalOf(self, proper);
  const name = lead ? needName({ id: lead, name: need?.name }).toLowerCase() : 'my work';
  const d = described(need, key, proper);
  const request = clean(need?.request) ? sentence(clipWords(clean(need?.request), 600)) : '';
  const shape = shapeFor(key, {
    d,
    goal,
    step,
    internal,
    outside: outsideFrom(tag?.reasons.join(' ') ?? ''),
    name,
  });

  const first = firstName(person.name);
  const hello = seed % 2 ? 'Hello' : 'Hi';
  const greeting = first ? `${hello} ${first},` : person.name ? `${hello} there,` : `${hello} [their name],`;

  const field = midSentence(clipWords(clean(self.field), 60), proper);
  const org = clipWords(clean(self.organization), 60);
  const inField = field ? `in ${field}` : `in ${GAPS.field}`;
  const next = goal ? goal.next : `my next step is ${GAPS.goal}`;
  const intro = internal
    ? `We haven't worked together yet: I work ${inField}, and ${next}.`
    : `I work ${inField}${org ? ` at ${org}` : ''}, and ${next}.`;
  const introShort = internal
    ? `We haven't worked together yet: I work ${inField}.`
    : `I work ${inField}${org ? ` at ${org}` : ''}.`;

  const also = needIds
    .slice(1, 3)
    .map((id) => {
      const n = needs.find((x) => x.id === id);
      const t = describe(n?.ask, proper);
      return clipWords(t.topic || t.who || needName({ id, name: n?.name }).toLowerCase(), 80);
    })
    .filter(Boolean);

  const steps = [
    `Would you have ${step.dur} minutes ${step.meet} next week?`,
    `Could we take ${step.dur} minutes ${step.meet} next week?`,
    `Would ${step.dur} minutes ${step.meet} next week work for you?`,
  ];
  const offer = offerLine(self, proper, variant + seed) || `In return, I can offer ${GAPS.offers}.`;
  const offerShort = offerLine(self, proper, variant + seed, 1) || offer;
  const trade =
    why.wants && self.offers.length
      ? `You mention wanting ${why.wants}, which I can help with, so here is a trade I'd suggest.`
      : '';
  const userName = clipWords(clean(self.name), 60) || GAPS.name;
  const thanks = seed % 3 === 1 ? 'Best,' : 'Thanks,';

  return {
    greeting,
    why,
    intro,
    introShort,
    shape,
    name,
    request,
    also: also.length ? `I'd also value your view on ${joinList(also)}.` : '',
    step: shape.step ?? steps[variant % steps.length]!,
    stepShort: [
      `Open to ${step.dur} minutes ${step.meet} next week?`,
      `Would ${step.dur} minutes ${step.meet} next week suit you?`,
      `Free for ${step.dur} minutes ${step.meet} next week?`,
    ][variant % 3]!,
    offer,
    offerShort,
    trade,
    signoff: `${thanks}\n${userName}`,
    askGap: !request && !stripEnd(clean(need?.ask)),
    variants: VARIANTS,
  };
}
