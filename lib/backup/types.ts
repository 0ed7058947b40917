import type { Need, OutreachEvent, Person, SelfProfile, Settings } from '../domain';

/** The backup file (PRODUCT.md). It may hold more; these members keep this meaning. */
export interface Backup {
  format: 'constellation-backup';
  version: 1;
  exportedAt?: string;
  self: SelfProfile;
  needs: Need[];
  people: Person[];
  outreach: OutreachEvent[];
  settings?: Partial<Settings>;
  weights?: Record<string, number>;
}
