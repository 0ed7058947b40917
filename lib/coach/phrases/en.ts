import { stitchedEn } from './stitched-en';
import type { CoachPhrases } from './types';

// English phrase lists. Each entry is a regular-expression source matched case-insensitively at
// word boundaries; a space matches any run of white space and ' matches straight or curly
// apostrophes (compile.ts). Use (?:…) only: capture groups are how the coach tells entries apart.

const MINUTES = '(?:\\d{1,3}|five|ten|fifteen|twenty|thirty|forty-five|forty five|sixty)';

export const en: CoachPhrases = {
  hedges: [
    { re: 'just', severity: 'low', text: '"Just" shrinks your ask; cut it.' },
    {
      re: 'sorry (?:to|for) (?:bother|bothering|disturb|disturbing|trouble|troubling|intrude|intruding|the intrusion)',
      severity: 'medium',
      text: 'No need to apologise for asking; state the ask.',
    },
    {
      re: '(?:my )?apologies (?:for|if)|I apologi[sz]e (?:for|if)|forgive (?:me|the)|pardon the',
      severity: 'medium',
      text: 'Drop the apology; a clear ask is the courtesy.',
    },
    {
      re: 'if you ever (?:have|get|find) (?:a|the|some) (?:spare )?(?:moment|minute|second|chance|time)',
      severity: 'medium',
      text: 'Open-ended timing reads as optional; name a time instead.',
    },
    {
      re: 'if you (?:have|get|find) (?:a |the |some )?(?:spare )?(?:moment|minute|second|chance)',
      severity: 'medium',
      text: 'Name a time instead of leaving it open.',
    },
    {
      re: 'whenever you (?:have|get|find) (?:a |the |some )?(?:moment|minute|second|chance|time)',
      severity: 'low',
      text: 'Name a time instead of "whenever".',
    },
    {
      re: "I know (?:that )?you(?:'re| are) (?:(?:very|really|so|super|extremely|incredibly) )?busy",
      severity: 'medium',
      text: 'Telling them they are busy invites a no; make the ask small instead.',
    },
    {
      re: 'no worries if not|no pressure|(?:I )?(?:totally |completely )?understand if not|(?:feel|free) to ignore|no need to (?:reply|respond)',
      severity: 'medium',
      text: 'Inviting a no makes a no easier; leave it out.',
    },
    {
      re: 'I was (?:just )?wondering (?:if|whether)(?: maybe| perhaps)?',
      severity: 'low',
      text: 'Ask directly: "Would you…?"',
    },
    {
      re: '(?:maybe|perhaps) (?:possibly|maybe|perhaps)|possibly maybe',
      severity: 'low',
      text: 'Double hedge: pick one or neither.',
    },
    { re: 'I hate to (?:ask|bother|impose)', severity: 'medium', text: 'Ask without the reluctance.' },
    {
      re: "I (?:don't|do not) want to (?:take up|waste|bother|impose)",
      severity: 'medium',
      text: 'Make the ask small instead of apologising for its size.',
    },
    {
      re: "I(?:'m| am) sure you (?:get|receive) (?:a lot of|lots of|many|so many|tons of)",
      severity: 'low',
      text: 'No need to rank yourself among other requests.',
    },
    {
      re: "(?:if it's|if it is) not too much (?:trouble|to ask)|if that's (?:ok|okay) with you",
      severity: 'medium',
      text: 'Ask plainly; they can say no.',
    },
    {
      re: "I hope (?:this|it) (?:is|isn't|'s) (?:ok|okay|not too much|not a bother|alright)",
      severity: 'medium',
      text: 'Ask plainly instead of checking it is allowed.',
    },
    {
      re: 'a (?:tiny|little|small) (?:bit of your time|favou?r)',
      severity: 'low',
      text: 'Say exactly how much time instead of minimising it.',
    },
  ],
  mentorOpener: [
    '(?:will|would|could|can) you (?:please )?(?:be|become) my mentor',
    '(?:will|would|could|can) you (?:please )?mentor me',
    'be my mentor',
    'looking for a mentor',
  ],
  askMarkers: [
    'would you',
    'could you',
    'could we',
    'can we',
    'can you',
    'could I',
    'may I',
    'would it be',
    'are you (?:open|available|free|up for)',
    'open to',
    'shall we',
    'how about',
    'let me know (?:if|whether|when)',
    "I'd (?:love|like) to (?:ask|invite|book|meet|set up|schedule|get|hear)",
    'would (?:\\d{1,3}|an?|one)',
    'is there a chance',
  ],
  vagueAsks: [
    { re: 'pick your brain', text: '"Pick your brain" gives them nothing to say yes to; name the question.' },
    {
      re: '(?:connect|chat|talk|catch up|meet|grab (?:a )?coffee|get together)(?: with you)? (?:sometime|some time|at some point|one day|one of these days)',
      text: 'Make "sometime" a specific time.',
    },
    {
      re: '(?:any|some) (?:advice|tips|guidance|help|insights?|thoughts|pointers)(?: you (?:have|could share|can share|might have))?',
      text: 'Say which advice: one specific question gets a yes.',
    },
    {
      re: '(?:help|advice|support) (?:me )?(?:with|on) my career',
      text: '"My career" is too broad; name the move or skill.',
    },
    {
      re: 'learn (?:more )?about (?:what you do|your (?:career|journey|experience|work|role))',
      text: 'Name what you want to learn, not everything they do.',
    },
    { re: 'get to know you(?: better)?', text: 'Give a reason to meet beyond getting to know each other.' },
    { re: 'anything you (?:can|could) (?:share|offer|tell me)', text: 'Ask for one thing, not anything.' },
    { re: '(?:grow|expand) my network', text: 'Say whom you want to reach and why.' },
    { re: 'stay in touch|keep in touch', text: 'Staying in touch is not an ask; add one concrete step.' },
  ],
  timeBoxes: [
    `${MINUTES}[-\\s]?(?:min|mins|minutes?|hours?|hrs?)`,
    '(?:half an|an|one|a quarter of an) hour',
    '(?:one|a single)(?: (?:casual|short|quick|first|informal))? (?:call|coffee|conversation|meeting|chat|session|review|read)',
    // A coffee is a bounded first step; "a confidential coffee" is the safe-space shape (issue 18).
    '(?:a|one)(?: (?:casual|short|quick|first|informal|confidential))? coffee',
    'one-page|one page|a page',
  ],
  selfInterest: [
    '(?:help|benefit|advance|boost|grow|further) my (?:own )?(?:career|growth|development|profile|prospects)',
    'for my (?:own )?(?:career|growth|development|benefit|promotion)',
    'it would (?:really |greatly )?help me',
    "I (?:want|need|hope|'d like) to (?:grow|advance|get promoted|land|become|move up)",
    'help me (?:grow|get|land|become|advance|move)',
  ],
  altruism: [
    '(?:help|benefit|support|inspire) (?:others|other people|the community|my community|people like me|the next generation|everyone|future)',
    'give back',
    'pay it forward',
    'for the (?:greater|common) good',
    'make a difference',
    'so (?:that )?others',
    'for (?:the )?(?:women|students|people|juniors) (?:who|like|coming)',
  ],
  giveBack: [
    'in return',
    'in exchange',
    'return the favou?r',
    '(?:happy|glad|keen|eager|gladly) to (?:share|help|offer|return|introduce|review|give|send|pass|connect|contribute)',
    "I (?:can|could|would|'d|will|'ll)(?: gladly| happily)? (?:offer|share|help|introduce|return|review|send|give|bring)",
    '(?:if|where|how) I can (?:help|be useful|return)',
    'anything I can do',
    'both ways',
    'swap notes|compare notes|trade notes',
  ],
  whyYou: [
    'your (?:work|post|posts|talk|talks|article|paper|book|research|path|move|career|journey|experience|perspective|view|background|time at|role|writing|leadership|team|project|podcast|newsletter|expertise|approach|story|comment|thread|profile|keynote|panel|course|thesis|company|launch)',
    "(?:because|since|as) you(?:'ve| have|'re| are| were| led| built| wrote| moved| ran| made)",
    'as someone who',
    '(?:saw|read|heard|noticed|enjoyed|loved|watched|followed|came across) (?:your|you)',
    "you(?:'ve| have) (?:done|built|led|made|moved|written|spoken|worked|been|already)",
    'I admire',
    "you(?:'re| are) (?:a few steps ahead|known for|the person)",
    // The matcher's evidence said to them (issue 18): "you run a group about…", not "would you run".
    '(?<!(?:would|could|can|will|do|shall) )you (?:run|lead|teach|host|organi[sz]e|connect|coach|support|offer|have the standing)',
    "we(?:'re| are) at a similar",
    'we (?:both|share)',
    'your experience with',
  ],
  stitched: stitchedEn,
  placeholder: '\\[(?:your|their|the|what|one|why)\\b[^\\]\\n]{0,80}\\]',
  text: {
    'no-ask': 'There is no clear ask: say exactly what you would like from them.',
    'no-time-box': 'Give the first step a size, e.g. "20 minutes on a call next week".',
    'too-many-questions': '{n} questions: keep it to one to three.',
    'too-long-chars':
      '{length} characters: the {channel} limit is {limit}; cut the least important part first.',
    'too-long-words': '{words} words: aim for 50–125.',
    'too-long-subject': 'The subject is {length} characters; the limit is {limit}.',
    'too-short-words': '{words} words: add why them and what you offer, 50–125 words in all.',
    'too-short-note': 'Very short: say why them and what you would like.',
    'mentor-opener': 'Skip "be my mentor": ask for one specific, small thing instead.',
    'mixed-reasons': 'You give reasons for yourself and for others: pick one kind.',
    'all-take': 'Nothing offered back: say what you can give in return.',
    'no-why-you': 'Say why this person: something specific from their work.',
    placeholder: 'Fill in this gap before sending.',
    'no-subject': 'Add a subject line that names the ask.',
    'no-name': 'Use their name: it shows the note is for them.',
    'pasted-phrase': 'This reads pasted in: say it as part of your sentence, in lower case.',
    'cut-off': 'The sentence is cut off: say the whole request, shorter if needed.',
    'keyword-list': 'This lists keywords, not their experience: name one thing they did.',
    'be-a-role': 'Nobody says yes to being a role: ask for one thing they could do.',
    'colleague-org': 'You work at the same organisation: say your team instead.',
    'cut-subject': 'The subject is cut off: name the request in a few whole words.',
    encouragement: 'Strong ask. People say yes more often than askers expect: send it.',
  },
};
