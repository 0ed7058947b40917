import {
  DEFAULT_SETTINGS,
  EMPTY_SELF,
  NEED_IDS,
  type Need,
  type Profile,
  type SelfProfile,
  type Tag,
} from '../../lib/domain';
import type { DraftInput } from '../../lib/draft';

// Fictional people and a fictional user for the drafter and coach tests.

export const SELF: SelfProfile = {
  ...EMPTY_SELF,
  name: 'Sam Rivera',
  organization: 'Acme Health',
  field: 'Data science',
  seniority: 'senior',
  goal: 'Lead a clinical data science team within two years',
  success: 'A team of four shipping validated risk models',
  offers: ['Python code review', 'intros to the local ML meetup'],
  wants: ['grant writing'],
  location: 'Lyon, France',
  formats: ['video', 'coffee'],
};

const ASKS: Record<string, string> = {
  'professional-development': 'how to move from individual contributor to team lead',
  'emotional-support': 'returning to work after a long illness',
  community: 'clinical data scientists who want to publish more',
  accountability: 'submitting my first grant proposal by the end of March',
  sponsorship: 'being considered for the data platform lead role',
  networks: 'an introduction to people running hospital data teams in the Nordics',
  'project-feedback': 'feedback on my paper on clinical risk models',
  'role-models': 'the move from research into leading a product team',
  'safe-space': 'whether to leave a stable job for a start-up',
};

export const NEEDS: Need[] = [
  ...NEED_IDS.map((id) => ({ id, status: 'unmet' as const, ask: ASKS[id]!, keywords: [] })),
  {
    id: 'custom-grant-writing',
    status: 'partly',
    ask: 'a second reader for my grant proposal',
    keywords: [],
    name: 'Grant writing',
  },
];

export const DANA: Partial<Profile> & { slug: string } = {
  slug: 'dana-okafor-fictional',
  name: 'Dr. Dana Okafor',
  headline: 'Director of Clinical Analytics at Fjordline Health | Speaker',
  location: 'Oslo, Norway',
  company: 'Fjordline Health',
  degree: 2,
};

export const LEO: Partial<Profile> & { slug: string } = {
  slug: 'leo-marchetti-fictional',
  name: 'Leo Marchetti',
  headline: 'Principal Data Scientist · Risk modelling',
  location: 'Greater Lyon Area',
  company: 'Borealis Labs',
  degree: 3,
};

export const DANA_TAGS: Tag[] = [
  {
    need: 'project-feedback',
    strength: 0.8,
    reasons: [
      "Lists 'risk models', which you want to learn",
      'Director: more senior than you, in your field',
    ],
  },
  {
    need: 'safe-space',
    strength: 0.6,
    reasons: ['Outside your organisation and field: a possible confidante'],
  },
];

export function input(over: Partial<DraftInput> = {}): DraftInput {
  return {
    self: SELF,
    needs: NEEDS,
    settings: DEFAULT_SETTINGS,
    person: DANA,
    tags: DANA_TAGS,
    needIds: ['project-feedback'],
    channel: 'message',
    ...over,
  };
}

/** The characters that break naive length counting: astral emoji, ZWJ sequences, combining marks, RTL. */
export const HOSTILE = '👩🏽‍💻 naïve Zoë 日本語の研究 مرحبا 🇳🇴 é́ ';
