import type { Person, Profile } from '../domain';

/** A profile as the matcher takes it: whatever the caller had, nulls for the rest. */
export function fullProfile(p: Partial<Profile> & { slug: string }): Profile {
  return {
    name: null,
    headline: null,
    location: null,
    company: null,
    degree: null,
    followers: null,
    connections: null,
    mutualConnections: null,
    about: null,
    experience: [],
    skills: [],
    ...p,
  };
}

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
