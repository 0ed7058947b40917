import type { Person } from '../domain';

export function blankPerson(slug: string, at: string): Person {
  return {
    slug,
    name: '',
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
    inPipeline: false,
    createdAt: at,
    updatedAt: at,
  };
}
