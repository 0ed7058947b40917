import { type BuiltInNeedId, NEED_IDS, type Need, type NeedId } from './domain';

/** Built-in names and one-line descriptions, in the product's own words. */
export const NEED_CATALOG: Record<BuiltInNeedId, { name: string; hint: string }> = {
  'professional-development': {
    name: 'Professional Development',
    hint: 'Skills, career moves and the craft of your field.',
  },
  'emotional-support': {
    name: 'Emotional Support',
    hint: 'Someone who steadies you when work is hard.',
  },
  community: { name: 'Sense of Community', hint: 'People you belong with, inside and outside work.' },
  accountability: {
    name: 'Accountability',
    hint: 'Someone who checks in on what you said you would do.',
  },
  sponsorship: {
    name: 'Institutional Sponsorship',
    hint: 'A senior voice who puts your name forward when you are not in the room.',
  },
  networks: {
    name: 'Access to Networks',
    hint: 'Introductions to people and circles you cannot reach alone.',
  },
  'project-feedback': {
    name: 'Project-Specific Feedback',
    hint: 'Expert eyes on one piece of work: a paper, a plan, a product.',
  },
  'role-models': { name: 'Role Models', hint: 'People a few steps ahead on a path you want to walk.' },
  'safe-space': {
    name: 'Safe Space',
    hint: 'Someone outside your organisation and field to think out loud with.',
  },
};

export function needName(need: Pick<Need, 'id' | 'name'>): string {
  if (need.name?.trim()) return need.name.trim();
  return (NEED_CATALOG as Record<string, { name: string }>)[need.id]?.name ?? need.id;
}

export function isBuiltInNeed(id: string): id is BuiltInNeedId {
  return (NEED_IDS as readonly string[]).includes(id);
}

/** `custom-<slug>` from a name the user typed; ids stay stable once made. */
export function customNeedId(name: string): NeedId {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `custom-${slug || 'need'}`;
}

/** The nine needs as a new user starts: all unmet until the user says otherwise. */
export function defaultNeeds(): Need[] {
  return NEED_IDS.map((id) => ({ id, status: 'unmet', ask: '', keywords: [] }));
}
