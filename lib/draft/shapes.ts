import type { BuiltInNeedId } from '../domain';
import type { Described } from './describe';
import { shorterForms } from './describe';
import type { Goal } from './goal';
import type { FirstStep } from './logistics';

// The shape of a first request, per need (issue 18, from the seeds): sponsorship asks for advice
// and visibility, never "be my sponsor"; a safe space is a confidential first conversation with a
// stated purpose; peers and accountability propose a rhythm to try; role models are asked how they
// made the step; reciprocity puts the trade up front (see compose.ts). Each shape writes whole
// sentences around a topic, and offers shorter topics for tight channels instead of cutting.

export interface AskContext {
  d: Described;
  /** The user's goal as an activity ("leading a data team"). */
  goal: Goal | null;
  step: FirstStep;
  /** The person works where the user works: an internal register. */
  internal: boolean;
  /** What the matcher found: outside the user's organisation (and field). */
  outside: 'org-and-field' | 'org' | null;
  /** The need's name, lower-case, for custom needs and last resorts. */
  name: string;
}

export interface Shape {
  /** Topic forms, longest first; every sentence below reads whole with any of them. */
  topics: string[];
  /** The request for a message: one or two sentences. */
  lead(t: string): string;
  /** A sentence that belongs to this kind of ask: the rhythm, the confidentiality, the visibility. */
  extra: string;
  /** The time-boxed first step, when the need has its own (a check-in rhythm, a first coffee). */
  step?: string;
  /** The request as one question for a connection note. */
  note(t: string): string;
  subject(t: string): string;
  /** A subject for when no topic form fits in one. */
  plain?: string;
}

const WORK =
  /\b(?:paper|draft|proposal|deck|plan|model|models|code|manuscript|chapter|chapters|thesis|article|essay|book|pitch|slides|cv|résumé|resume|portfolio|application|design|prototype|report|post|talk|grant|study|analysis|strategy|roadmap|business case|framework|dashboard|pipeline|course|curriculum|product|app|tool|library)\b/iu;

function forms(...candidates: string[]): string[] {
  const first = candidates.find((c) => c.trim());
  return first ? shorterForms(first.trim()) : [];
}

function withThe(role: string): string {
  return role.replace(/^(?:an?|my)\s+/iu, 'the ');
}

function firstCoffee(step: FirstStep): string {
  return step.inPerson ? step.meet.replace(/^over /, '') : `${step.dur}-minute call`;
}

type Build = (c: AskContext) => Shape;

function upper(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const advice: Build = (c) => {
  const topics = forms(c.d.topic, c.goal?.gerund ?? '', c.name);
  return {
    topics,
    lead: (t) =>
      `I'd value your advice on ${t}, and in particular what you would focus on first in my position.`,
    extra: '',
    note: (t) => `Could I ask your advice on ${t}?`,
    subject: (t) => `Your advice on ${t}`,
    plain: `A question about ${c.name}`,
  };
};

const SHAPES: Record<BuiltInNeedId | 'custom', Build> = {
  'professional-development': advice,
  custom: advice,
  'emotional-support': (c) => {
    const topics = forms(c.d.topic, c.goal?.gerund ?? '');
    return {
      topics: topics.length ? topics : [''],
      lead: (t) =>
        t
          ? `I'm in the middle of ${t}, and I'd value talking it over with someone who has been through something similar.`
          : "Work has been demanding lately, and I'd value talking it over with someone who has been through something similar.",
      extra: 'Whatever we talk about stays between us.',
      note: (t) =>
        t
          ? `Would you be open to a confidential ${firstCoffee(c.step)} about ${t}?`
          : `Would you be open to a confidential ${firstCoffee(c.step)} about a hard stretch at work?`,
      subject: (t) => (t ? `A conversation about ${t}` : 'A confidential conversation'),
      plain: 'A confidential conversation',
    };
  },
  'safe-space': (c) => {
    const topics = forms(c.d.topic, 'where my career goes next');
    const who = c.internal
      ? "someone I don't work with day to day"
      : c.outside === 'org-and-field'
        ? 'someone outside both my organisation and my field'
        : 'someone outside my organisation';
    return {
      topics,
      lead: (t) => `I'm looking for ${who} to talk to, in confidence, about ${t}.`,
      extra: 'Whatever we discuss stays between us, with no obligation beyond that first conversation.',
      step: `Would you be open to a confidential first ${firstCoffee(c.step)} next week?`,
      note: (t) => `Would you be open to a confidential ${firstCoffee(c.step)} to talk through ${t}?`,
      subject: (t) => `In confidence: ${t}`,
      plain: 'A confidential conversation',
    };
  },
  community: (c) => {
    const group = c.d.kind === 'person' ? c.d.group : '';
    const plural = group !== '' && !/^(?:someone|somebody|a|an|one)\b/iu.test(group);
    const topics = plural ? forms(group) : forms(c.d.topic, c.name);
    const people = (t: string) => (plural ? `a few ${t}` : `a few people around ${t}`);
    return {
      topics,
      lead: (t) => `I'm bringing together ${people(t)} for a casual coffee once a month.`,
      extra: 'We would keep it informal at first and carry on only if it clicks for everyone.',
      step: `Would you join the first one next week, ${c.step.dur} minutes ${c.step.meet}?`,
      note: (t) => `Would you join ${people(t)} for one casual coffee next week to see if it clicks?`,
      subject: (t) => (plural ? `A monthly coffee for ${t}` : `A monthly coffee around ${t}`),
      plain: 'A monthly coffee, casual at first',
    };
  },
  accountability: (c) => {
    const topics = forms(c.d.topic, c.goal?.gerund ?? '');
    return {
      topics: topics.length ? topics : [''],
      lead: (t) =>
        t
          ? `I've committed to ${t}, and I keep commitments best when someone else knows about them.`
          : 'I have set myself a goal with a date on it, and I keep commitments best when someone else knows about them.',
      extra: 'If it stops helping either of us, we stop, and what we share stays between us.',
      step: 'Shall we try a 15-minute check-in every two weeks for two months, each naming one goal and reporting back?',
      note: (t) =>
        t
          ? `Would you try a 15-minute check-in every two weeks with me on ${t}?`
          : 'Would you try a 15-minute check-in every two weeks with me, each naming one goal?',
      subject: (t) => (t ? `A fortnightly check-in on ${t}` : 'A fortnightly check-in'),
      plain: 'A fortnightly check-in',
    };
  },
  sponsorship: (c) => {
    const target =
      c.d.target ||
      (c.d.kind !== 'person' && /\b(?:role|position|promotion|job)\b/iu.test(c.d.topic) ? c.d.topic : '');
    if (target) {
      const topics = forms(withThe(target));
      return {
        topics,
        lead: (t) =>
          `Could I ask your advice on how ${t} will be filled, and what would make me a strong candidate?`,
        extra: "If you then think my work merits it, I'd value a chance to show it to the people deciding.",
        note: (t) =>
          `Could I ask your advice on how ${t} will be filled and what would make me a strong candidate?`,
        subject: (t) => `Your advice on ${t}`,
        plain: 'Your advice on a role I am aiming for',
      };
    }
    const topics = forms(c.goal?.gerund ?? '', 'the next step in my career');
    return {
      topics,
      lead: (t) => `Could I ask your advice on what would make me a strong candidate for ${t}?`,
      extra: "If you then think my work merits it, I'd value a chance to show it to the people deciding.",
      note: (t) => `Could I ask your advice on what would make me a strong candidate for ${t}?`,
      subject: (t) => `Your advice on ${t}`,
      plain: 'Your advice on my next step',
    };
  },
  networks: (c) => {
    const intro = /^(?:an?\s+|some\s+)?(?:introductions?|intros?)$/iu.test(c.d.thing);
    const people = intro ? c.d.topic.replace(/^(?:someone|people)\s+(?:at|in)\s+/iu, (m) => m) : '';
    if (people) {
      return {
        topics: forms(people),
        lead: (t) => `Would you be willing to introduce me to ${t}, or tell me who I should talk to instead?`,
        extra: "I'd send you a short note you could forward as it is.",
        note: (t) => `Would you be willing to introduce me to ${t}?`,
        subject: (t) => `An introduction to ${t}`,
        plain: 'An introduction',
      };
    }
    const topics = forms(c.d.kind === 'person' ? c.d.who : c.d.topic, c.name);
    return {
      topics,
      lead: (t) => `Could you suggest one or two people I should talk to about ${t}?`,
      extra: "If an introduction makes sense, I'd send you a short note you could forward as it is.",
      note: (t) => `Could you suggest one or two people I should talk to about ${t}?`,
      subject: (t) => `Who to talk to about ${t}`,
      plain: 'Who to talk to next',
    };
  },
  'project-feedback': (c) => {
    const topic = c.d.topic || c.d.who;
    if (topic && WORK.test(topic)) {
      return {
        topics: forms(topic),
        lead: (t) => `Would you read ${t} and tell me where it is weakest?`,
        extra: 'I can send a one-page summary first, so you can judge whether it is worth your time.',
        step: `Could we then take ${c.step.dur} minutes ${c.step.meet} next week for your reaction?`,
        note: (t) => `Would you read ${t} and tell me where it is weakest?`,
        subject: (t) => `Your read on ${t}`,
        plain: 'Your read on my work',
      };
    }
    const topics = forms(topic, c.name);
    return {
      topics,
      lead: (t) => `Could I get your honest feedback on ${t}?`,
      extra: 'I can send a one-page summary first, so you can judge whether it is worth your time.',
      note: (t) => `Could I get your honest feedback on ${t}?`,
      subject: (t) => `Your feedback on ${t}`,
      plain: 'Your feedback on my work',
    };
  },
  'role-models': (c) => {
    const did = c.d.kind === 'person' && c.d.did ? c.d.did : '';
    const move = /^(?:the|a|my)\s+(?:move|switch|jump|step|transition|shift|leap)\b/iu;
    const how = (t: string) =>
      did
        ? `how you ${t}`
        : move.test(t)
          ? `how you made ${t.replace(/^my\s/iu, 'the ')}`
          : `how you approached ${t}`;
    const topics = did ? forms(did) : forms(c.d.topic, c.goal?.gerund ?? '', c.name);
    return {
      topics,
      lead: (t) => `I'd love to hear ${how(t)}, since it is the step I'm about to take.`,
      extra: '',
      note: (t) => `Could I ask ${how(t)}?`,
      subject: (t) => (!did && move.test(t) ? t.replace(/^(?:the|a|my)\s/iu, 'Your ') : upper(how(t))),
      plain: 'How you made your move',
    };
  },
};

export function shapeFor(key: BuiltInNeedId | 'custom', c: AskContext): Shape {
  const shape = SHAPES[key](c);
  return shape.topics.length ? shape : { ...shape, topics: [c.name] };
}
