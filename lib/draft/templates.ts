import type { BuiltInNeedId } from '../domain';

// English copy for each need, several variants each: asking for sponsorship is not asking for
// feedback or a safe space. Slots: {ask} the user's specific ask, {dur} minutes, {meet} "on a
// video call" / "over coffee in Lyon", {topic} a short form of the ask for subject lines.
// Each variant states its ask (no question) and asks one time-boxed question in `step`, so a
// draft carries one to three questions; none opens with "will you be my mentor".

export interface NeedVariant {
  /** Need-specific framing; the first thing dropped after the why-detail when space is short. */
  context: string;
  /** Carries {ask}. */
  ask: string;
  /** The one time-boxed question: carries {dur} and {meet}. */
  step: string;
  /** Short step for tight channels. */
  stepShort: string;
  subject: string;
  /** Ground rules for formal asks: confidentiality, a cadence both can keep. */
  ground?: string;
}

const STEP_SHORT = 'Open to {dur} minutes {meet} next week?';

export const NEED_VARIANTS: Record<BuiltInNeedId | 'custom', NeedVariant[]> = {
  'professional-development': [
    {
      context: "I'm working on a concrete next step in my career.",
      ask: "The question I'd most like your view on: {ask}.",
      step: 'Would you have {dur} minutes {meet} next week to talk it through?',
      stepShort: STEP_SHORT,
      subject: 'One focused question on {topic}',
    },
    {
      context: "You've built the kind of skills I'm building now.",
      ask: "What I'm after: {ask}.",
      step: 'Could we book {dur} minutes {meet} next week?',
      stepShort: STEP_SHORT,
      subject: '{dur} minutes on {topic}?',
    },
    {
      context: 'I learn fastest from people who have done the thing.',
      ask: 'My specific question is about {ask}.',
      step: 'Would {dur} minutes {meet} next week work for you?',
      stepShort: STEP_SHORT,
      subject: 'Your advice on {topic}',
    },
  ],
  'emotional-support': [
    {
      context: 'Work has been demanding lately, and an outside, steady view would help me.',
      ask: "What I'm hoping for is a sounding board on {ask}.",
      step: 'Would you be open to {dur} minutes {meet} next week?',
      stepShort: STEP_SHORT,
      subject: 'A conversation about {topic}',
      ground: 'Whatever we talk about stays between us.',
    },
    {
      context: "I think you've weathered what I'm in now.",
      ask: "I'd value hearing how you handled {ask}.",
      step: 'Could we take {dur} minutes {meet} next week?',
      stepShort: STEP_SHORT,
      subject: 'How you handled {topic}',
      ground: "I'll keep what you share to myself.",
    },
    {
      context: 'A calm conversation with someone outside my team would help me think straight.',
      ask: 'The subject is {ask}.',
      step: 'Would {dur} minutes {meet} next week suit you?',
      stepShort: STEP_SHORT,
      subject: 'A calm conversation: {topic}',
      ground: 'Anything you tell me stays with me.',
    },
  ],
  community: [
    {
      context: "I'm gathering a few people to meet regularly, casual at first.",
      ask: 'The common thread is {ask}.',
      step: 'Would you join a first {dur}-minute get-together {meet} next week to see if it clicks?',
      stepShort: STEP_SHORT,
      subject: 'A small group around {topic}',
    },
    {
      context: "I'd like to know more people who care about what you care about.",
      ask: "What I'm looking for: {ask}.",
      step: 'Could we start with {dur} minutes {meet} next week?',
      stepShort: STEP_SHORT,
      subject: 'Meeting people around {topic}',
    },
    {
      context: 'Peers outside my company have taught me the most.',
      ask: "I'm looking for peers to swap notes with on {ask}.",
      step: 'Would {dur} minutes {meet} next week work to compare notes?',
      stepShort: STEP_SHORT,
      subject: 'Swapping notes on {topic}',
    },
  ],
  accountability: [
    {
      context: 'I do my best work when someone knows what I committed to.',
      ask: "I'm looking for an accountability partner for {ask}.",
      step: 'Could we try a first {dur}-minute check-in {meet} next week and see if the rhythm suits you?',
      stepShort: STEP_SHORT,
      subject: 'Accountability partner for {topic}?',
      ground:
        "I'd keep what we share confidential and suggest 15 minutes every two weeks, ending whenever it stops helping either of us.",
    },
    {
      context: 'I have set myself a goal with a date on it.',
      ask: "The commitment is {ask}, and I'd like someone to check in on it.",
      step: 'Would {dur} minutes {meet} next week suit you to set it up?',
      stepShort: STEP_SHORT,
      subject: 'A check-in partner for {topic}',
      ground: 'A short monthly check-in, kept between us, is all I have in mind.',
    },
    {
      context: 'Saying my plan out loud to someone I respect makes me keep it.',
      ask: 'The plan: {ask}.',
      step: 'Could we take {dur} minutes {meet} next week so I can walk you through it?',
      stepShort: STEP_SHORT,
      subject: 'Keeping me honest on {topic}',
      ground: 'We would meet for 15 minutes once a month, in confidence, for as long as it is useful.',
    },
  ],
  sponsorship: [
    {
      context:
        "I'm looking for someone senior who could put my name forward when the right opening comes up.",
      ask: 'Concretely: {ask}.',
      step: 'Could we take {dur} minutes {meet} next week so you can judge whether my work merits it?',
      stepShort: STEP_SHORT,
      subject: 'Your backing for {topic}',
      ground: "I'd keep our conversations confidential and send you a short update once a quarter.",
    },
    {
      context: "The opportunities I want are decided in rooms I'm not in yet.",
      ask: 'My specific ask: {ask}.',
      step: 'Would {dur} minutes {meet} next week work to show you what I have done?',
      stepShort: STEP_SHORT,
      subject: 'A sponsor for {topic}',
      ground: 'A brief update from me each quarter, kept between us, would be the whole commitment.',
    },
    {
      context: "I have results I'm proud of and want them seen by the right people.",
      ask: "What I'm asking for: {ask}.",
      step: 'Could I have {dur} minutes {meet} next week to make my case?',
      stepShort: STEP_SHORT,
      subject: 'Making the case for {topic}',
      ground: "I'd treat anything you share in confidence and check in every few months.",
    },
  ],
  networks: [
    {
      context: "I'm trying to reach a circle I have no way into yet.",
      ask: 'Specifically: {ask}.',
      step: 'Could we take {dur} minutes {meet} next week so I can explain who and why?',
      stepShort: STEP_SHORT,
      subject: 'An introduction: {topic}',
    },
    {
      context: 'One introduction from the right person saves months.',
      ask: "The introduction I'm hoping for: {ask}.",
      step: 'Would {dur} minutes {meet} next week work to see if it makes sense to you?',
      stepShort: STEP_SHORT,
      subject: 'Who to talk to about {topic}',
    },
    {
      context: "You know people I'd like to learn from.",
      ask: "The circle I'm trying to reach: {ask}.",
      step: 'Could I have {dur} minutes {meet} next week to ask who you would suggest?',
      stepShort: STEP_SHORT,
      subject: 'Reaching {topic}',
    },
  ],
  'project-feedback': [
    {
      context: 'I have a piece of work that needs expert eyes before it goes further.',
      ask: "I'm asking for {ask}.",
      step: 'Would you have {dur} minutes {meet} next week to give me your honest read?',
      stepShort: STEP_SHORT,
      subject: 'Expert eyes on {topic}',
    },
    {
      context: 'Your judgement on one piece of my work would make it better.',
      ask: 'The work: {ask}.',
      step: 'Could I send a one-page summary and take {dur} minutes {meet} next week for your reaction?',
      stepShort: STEP_SHORT,
      subject: 'Your read on {topic}',
    },
    {
      context: "I'd rather hear the hard questions now than after it ships.",
      ask: 'Here is what I have in mind: {ask}.',
      step: 'Would {dur} minutes {meet} next week work for a critical look?',
      stepShort: STEP_SHORT,
      subject: 'A critical look at {topic}',
    },
  ],
  'role-models': [
    {
      context: 'You are a few steps ahead on the path I want to take.',
      ask: "I'd love to hear how you approached {ask}.",
      step: 'Would you have {dur} minutes {meet} next week?',
      stepShort: STEP_SHORT,
      subject: 'How you approached {topic}',
    },
    {
      context: 'Your path is one I study.',
      ask: 'My question is how you handled {ask}.',
      step: 'Could we take {dur} minutes {meet} next week?',
      stepShort: STEP_SHORT,
      subject: 'A question about {topic}',
    },
    {
      context: 'Seeing how someone did it makes it feel possible.',
      ask: "What I'd most like to understand is {ask}.",
      step: 'Would {dur} minutes {meet} next week work for you?',
      stepShort: STEP_SHORT,
      subject: 'Learning from your path: {topic}',
    },
  ],
  'safe-space': [
    {
      context: 'I need someone outside my organisation and field to think out loud with.',
      ask: "What's on my mind: {ask}.",
      step: 'Would you be open to {dur} minutes {meet} next week?',
      stepShort: STEP_SHORT,
      subject: 'Thinking out loud about {topic}',
      ground: 'Everything we discuss stays between us, on both sides.',
    },
    {
      context: "Because we don't work together, I think I could be candid with you.",
      ask: 'The topic is {ask}.',
      step: 'Could we take {dur} minutes {meet} next week?',
      stepShort: STEP_SHORT,
      subject: 'A candid conversation about {topic}',
      ground: 'Whatever we say stays between us.',
    },
    {
      context: "An outside perspective, with no stake in the outcome, is what I'm missing.",
      ask: "I'd like to talk through {ask}.",
      step: 'Would {dur} minutes {meet} next week suit you?',
      stepShort: STEP_SHORT,
      subject: 'An outside view on {topic}',
      ground: 'It would stay confidential, and there is no obligation beyond that first conversation.',
    },
  ],
  custom: [
    {
      context: "I'm working on something where your experience is directly relevant.",
      ask: 'My specific ask: {ask}.',
      step: 'Would you have {dur} minutes {meet} next week?',
      stepShort: STEP_SHORT,
      subject: '{dur} minutes on {topic}?',
    },
    {
      context: "You've done what I'm trying to do.",
      ask: "What I'm hoping for is {ask}.",
      step: 'Could we take {dur} minutes {meet} next week?',
      stepShort: STEP_SHORT,
      subject: 'A question about {topic}',
    },
    {
      context: 'A short conversation with you would save me a lot of guessing.',
      ask: 'The subject: {ask}.',
      step: 'Would {dur} minutes {meet} next week work for you?',
      stepShort: STEP_SHORT,
      subject: 'Your view on {topic}',
    },
  ],
};

/** What stands in for an empty ask: a usable phrase with the gap marked. */
export const ASK_GAPS: Record<BuiltInNeedId | 'custom', string> = {
  'professional-development': '[the skill or career move you are working on]',
  'emotional-support': '[what you are going through]',
  community: '[the interest or cause you share]',
  accountability: '[the goal and date you commit to]',
  sponsorship: '[the role or opportunity you want to be put forward for]',
  networks: '[the people or circle you want to reach]',
  'project-feedback': '[the piece of work you want feedback on]',
  'role-models': '[the move they made that you want to make]',
  'safe-space': '[what you want to think through]',
  custom: '[your specific ask]',
};
