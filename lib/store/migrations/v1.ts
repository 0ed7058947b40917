import type { IDBPDatabase } from 'idb';

// Version 1: the needs map and the user's own data. The record types are frozen here as they were
// at v1, so later changes to lib/domain.ts never change what this step means (MetaMask, Prax).

export interface SelfV1 {
  name: string;
  organization: string;
  field: string;
  seniority: string;
  goal: string;
  success: string;
  offers: string[];
  wants: string[];
  location: string;
  formats: string[];
  premium: boolean;
}

export interface NeedV1 {
  id: string;
  status: 'met' | 'partly' | 'unmet';
  ask: string;
  keywords: string[];
  name?: string;
  hidden?: boolean;
  metBy?: string;
}

export interface SettingsV1 {
  quietMode: boolean;
  panelCollapsed: boolean;
  noteLimitFree: number;
  noteLimitPremium: number;
  noteBudgetPerMonth: number;
  followUpDays: number;
  notifications: boolean;
  onboarded: boolean;
  lastExportAt: string | null;
}

/** kv holds one record per key: 'self', 'settings', 'weights', 'meta'. */
export type KvKeyV1 = 'self' | 'settings' | 'weights' | 'meta';

export function migrateToV1(db: IDBPDatabase<unknown>): void {
  db.createObjectStore('kv');
  db.createObjectStore('needs', { keyPath: 'id' });
}
