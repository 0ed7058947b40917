import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Profile } from '../../lib/domain';
import { Store } from '../../lib/store/store';

/** A fixed clock that moves only when told to. */
export function clock(start = '2026-03-02T09:00:00.000Z') {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advanceDays: (d: number) => {
      t += d * 86_400_000;
    },
    set: (iso: string) => {
      t = new Date(iso).getTime();
    },
  };
}

/** A fresh, isolated database per call. */
export function freshStore(now = clock().now, factory: IDBFactory = new IDBFactory()) {
  return { store: new Store(factory, { now }), factory };
}

/** A fictional person as the reader would see them. */
export function profile(slug: string, over: Partial<Profile> = {}): Profile {
  return {
    slug,
    name: `Person ${slug}`,
    headline: 'Director of Research at Northwind Labs',
    location: 'Utrecht, Netherlands',
    company: 'Northwind Labs',
    degree: 2,
    followers: 1200,
    connections: '500+',
    mutualConnections: 4,
    about: 'Works on clinical risk models and grant writing.',
    experience: [{ title: 'Director of Research', company: 'Northwind Labs', dates: '2019 – Present' }],
    skills: ['grant writing', 'statistics'],
    ...over,
  };
}
