import type { OutreachEvent, Person } from '../../lib/domain';

export const person = (slug: string, over: Partial<Person> = {}): Person => ({
  slug,
  name: slug.replace(/-/g, ' '),
  headline: '',
  company: '',
  degree: null,
  stage: 'identified',
  needs: [],
  tags: [],
  labels: [],
  rejected: [],
  confirmed: [],
  notes: '',
  source: 'page',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

let n = 0;
export const event = (
  slug: string,
  stage: OutreachEvent['stage'],
  at: string,
  over: Partial<OutreachEvent> = {},
): OutreachEvent => ({
  id: `${at}-${String(++n).padStart(6, '0')}`,
  slug,
  stage,
  at,
  needs: [],
  ...over,
});
