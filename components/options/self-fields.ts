import type { Format, Seniority } from '../../lib/domain';

// The self-profile's fields in the product's words: each help line says what the field is used for.

export const SENIORITY_LABELS: Record<Seniority, string> = {
  student: 'Student',
  early: 'Early career',
  mid: 'Mid-level',
  senior: 'Senior',
  lead: 'Lead',
  manager: 'Manager',
  director: 'Director',
  executive: 'Executive',
};

export const FORMATS: { value: Format; label: string }[] = [
  { value: 'video', label: 'Video call' },
  { value: 'call', label: 'Phone call' },
  { value: 'coffee', label: 'Coffee' },
  { value: 'in-person', label: 'In person' },
  { value: 'message', label: 'Messages' },
];

export type TextKey = 'name' | 'organization' | 'field' | 'location' | 'goal' | 'success';

export const TEXT_FIELDS: {
  key: TextKey;
  label: string;
  help: string;
  placeholder: string;
  long?: boolean;
}[] = [
  { key: 'name', label: 'Your name', help: 'Used to sign drafts.', placeholder: 'e.g. Alex Moreau' },
  {
    key: 'organization',
    label: 'Organisation',
    help: 'People outside it are flagged as bolder asks and safer confidantes.',
    placeholder: 'e.g. Northbridge Health',
  },
  {
    key: 'field',
    label: 'Field',
    help: 'Someone outside your field and organisation has nothing to compete with you for.',
    placeholder: 'e.g. Biostatistics',
  },
  {
    key: 'location',
    label: 'Location',
    help: 'For coffee and in-person meetings.',
    placeholder: 'e.g. Lyon, France',
  },
  {
    key: 'goal',
    label: 'What or where next',
    help: 'A goal you can say in one sentence. Drafts open with it.',
    placeholder: 'e.g. Lead a data team in a hospital within two years',
    long: true,
  },
  {
    key: 'success',
    label: 'What success looks like',
    help: 'How you and the people you ask will know it worked.',
    placeholder: 'e.g. Shortlisted for a team-lead role, with two people who vouch for me',
    long: true,
  },
];
