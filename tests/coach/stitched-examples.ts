import type { CoachOptions, FindingKind } from '../../lib/coach';

// Stitched drafts (issue 18): the faults the issue quotes from the old drafter, each set in an
// otherwise strong, fictional message, so the fault alone is what the coach must notice.

export const BASE = `Hi Marta,

Your talk on rebuilding the readmission model at Harbourview Hospital is why I'm writing to you. I work in data science, and my next step is to lead an ML team in a hospital group.

Would you read my draft on calibrating readmission models and tell me where it is weakest? Could we take 20 minutes on a video call next week?

In return, I'd be glad to review Python code for your team.

Thanks,
Inês`;

export const BASE_NOTE =
  'Hi Marta, your talk on readmission models stood out. Could I get your read on my calibration draft in a 20-minute call next week? Happy to review Python code in return.';

export const OPTS = {
  channel: 'message' as const,
  personName: 'Marta Ribeiro',
  organization: 'Marélia Saúde',
  personCompany: 'Harbourview Hospital',
};

export interface Example {
  name: string;
  text: string;
  opts?: Partial<CoachOptions>;
}

const ASK = 'Would you read my draft on calibrating readmission models and tell me where it is weakest?';

/** The issue's quoted faults, each with the finding it must raise. */
export const ISSUE_FAULTS: (Example & { kind: FindingKind })[] = [
  {
    kind: 'keyword-list',
    name: 'matched keywords pasted as "experience"',
    text: BASE.replace(
      "Your talk on rebuilding the readmission model at Harbourview Hospital is why I'm writing to you.",
      "I'm writing because of your work as Chief Data & AI Officer at Marélia Saúde and your experience with Marélia Saúde and chief.",
    ),
    opts: { personCompany: 'Marélia Saúde' },
  },
  {
    kind: 'colleague-org',
    name: 'telling a colleague where you work',
    text: BASE.replace('I work in data science,', 'I work in data science at Marélia Saúde,'),
    opts: { personCompany: 'Marélia Saúde' },
  },
  {
    kind: 'be-a-role',
    name: "the need's description pasted as the ask",
    text: BASE.replace(
      ASK,
      'My specific ask: a senior leader who would advocate for me for an ML team-lead role. Could I ask how such roles are filled?',
    ),
  },
  {
    kind: 'be-a-role',
    name: 'asking them to be a confidante',
    text: BASE.replace(ASK, 'Would you be my confidante while I decide whether to stay in management?'),
  },
  {
    kind: 'pasted-phrase',
    name: 'a fragment with a capital: "for One or two peers"',
    text: BASE.replace(
      ASK,
      "I'm looking for an accountability partner for One or two peers to check in with every other week. Shall we try it?",
    ),
  },
  {
    kind: 'pasted-phrase',
    name: 'a capital mid-sentence: "in mind: Expert feedback"',
    text: BASE.replace(
      ASK,
      'Here is what I have in mind: Expert feedback on my paper draft about the calibration of readmission models. Would you read it?',
    ),
  },
  {
    kind: 'cut-off',
    name: 'a connection note with the ask cut mid-phrase',
    text: 'Hi Marta, your experience with grant writing stood out. The topic is a confidante outside Marélia Saúde and outside data science to talk through… Open to 30 minutes over coffee in Lisbon next week?',
    opts: { channel: 'connection-note' as const },
  },
  {
    kind: 'cut-subject',
    name: 'an InMail subject cut off: "Learn to manage people (hiring, …"',
    text: BASE,
    opts: {
      channel: 'inmail' as const,
      subject: 'One focused question on Learn to manage people (hiring, one-to-ones, giving hard…',
    },
  },
  {
    kind: 'cut-subject',
    name: 'an InMail subject cut off: "… the calibration and…"',
    text: BASE,
    opts: {
      channel: 'inmail' as const,
      subject: 'A critical look at Expert feedback on my paper draft about the calibration and…',
    },
  },
  {
    kind: 'cut-subject',
    name: 'a subject ending on a dangling word',
    text: BASE,
    opts: { channel: 'email' as const, subject: 'Your read on my paper about the calibration of' },
  },
];

/** Near misses: names, acronyms, titles and whole sentences that only look like the faults. */
export const NEAR_MISSES: Example[] = [
  {
    name: 'Python, AI, ML and Lisbon mid-sentence',
    text: BASE.replace('I work in data science,', 'I work on AI and ML in Python, based in Lisbon,'),
  },
  {
    name: 'an organisation and a job title in capitals',
    text: BASE.replace('Your talk on', 'As a Senior Data Scientist I loved your talk at The Guardian on'),
  },
  { name: 'a whole sentence after a colon', text: BASE.replace(ASK, `My ask: ${ASK}`) },
  {
    name: 'experience with two real things',
    text: BASE.replace(
      'Your talk on rebuilding',
      'Your experience with hiring and one-to-ones, and your talk on rebuilding',
    ),
  },
  {
    name: 'saying where you work to someone elsewhere',
    text: BASE.replace('I work in data science,', 'I work in data science at Marélia Saúde,'),
  },
  {
    name: 'a colleague told your team, not the organisation',
    text: BASE.replace('I work in data science,', 'I work in the data science team,'),
    opts: { personCompany: 'Marélia Saúde' },
  },
  {
    name: 'a trailing thought in lower case',
    text: BASE.replace('Could we take', "I've been thinking… could we take"),
  },
  {
    name: 'being open to something is not a role',
    text: BASE.replace('Could we take', 'Would you be open to taking'),
  },
  {
    name: 'a whole subject',
    text: BASE,
    opts: { channel: 'inmail' as const, subject: 'Your read on my calibration paper' },
  },
  {
    name: 'a subject naming an introduction',
    text: BASE,
    opts: { channel: 'email' as const, subject: 'An introduction to data teams in Spanish hospitals' },
  },
  {
    name: 'a subject ending on a hyphenated word ("check-in")',
    text: BASE,
    opts: { channel: 'inmail' as const, subject: 'A fortnightly check-in' },
  },
  { name: 'a whole connection note', text: BASE_NOTE, opts: { channel: 'connection-note' as const } },
];
