// idb checks `instanceof IDBRequest`: the globals must exist, not only a factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Backup } from '../../../lib/backup/types';
import {
  DEFAULT_SETTINGS,
  EMPTY_SELF,
  type Need,
  type OutreachEvent,
  type Person,
} from '../../../lib/domain';
import { defaultNeeds } from '../../../lib/needs-catalog';
import { Store } from '../../../lib/store/store';
import { person as basePerson } from '../../pipeline/factories';
import { type StorePages, storePages } from '../../store/store-pages';

// Component tests run against the real Store over fake-indexeddb, seeded through its own import.
export const NOW = new Date('2026-03-01T12:00:00.000Z');
export const now = () => NOW;
export const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

/** A fictional person; the name comes from the slug unless given. */
export function person(slug: string, patch: Partial<Person> = {}): Person {
  const name = slug.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
  return basePerson(slug, { name, degree: 2, ...patch });
}

export interface Seed {
  people?: Person[];
  events?: OutreachEvent[];
  needs?: Need[];
  self?: Partial<Backup['self']>;
  settings?: Partial<Backup['settings']>;
}

export async function seededStore(seed: Seed = {}): Promise<StorePages> {
  const store = new Store(new IDBFactory(), { now });
  const backup: Backup = {
    format: 'constellation-backup',
    version: 1,
    self: {
      ...EMPTY_SELF,
      name: 'Robin Vale',
      organization: 'Northwind Labs',
      seniority: 'mid',
      ...seed.self,
    },
    needs: seed.needs ?? defaultNeeds(),
    people: seed.people ?? [],
    outreach: seed.events ?? [],
    settings: { ...DEFAULT_SETTINGS, lastExportAt: NOW.toISOString(), ...seed.settings },
  };
  const result = await store.importFile('seed.json', JSON.stringify(backup));
  if (!result.ok) throw new Error(`${result.message} ${result.problems.join('; ')}`);
  return storePages(store);
}

export async function stored(store: Store, slug: string): Promise<Person | undefined> {
  return (await store.listPeople()).find((p) => p.slug === slug);
}
