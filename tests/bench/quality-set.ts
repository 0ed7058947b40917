// The matcher's labelled set (tests/fixtures/quality/README.md), read as `npm run inspect` reads
// its inputs: each config.json through the backup schema, each profile through the snapshot schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../lib/cli/common';
import type { NeedId, Profile, UserConfig } from '../../lib/domain';
import { profileSchema } from '../../lib/reader/schema';

export const QUALITY_DIR = join(import.meta.dirname, '../fixtures/quality');
export const PARTS = ['tuning', 'held'] as const;
export type Part = (typeof PARTS)[number];

export const NEAR_CLASSES = [
  'role-word',
  'seniority-only',
  'same-org',
  'ask-words',
  'title-names-need',
  'met-need',
] as const;

export interface Labelled {
  expect: NeedId[];
  near: (typeof NEAR_CLASSES)[number] | null;
  note: string;
  profile: Profile;
}

export interface QualityUser {
  user: string;
  config: UserConfig;
  parts: Record<Part, Labelled[]>;
}

function readPart(dir: string, part: Part): Labelled[] {
  const raw = JSON.parse(readFileSync(join(dir, `${part}.json`), 'utf8')) as Labelled[];
  return raw.map((entry) => ({ ...entry, profile: profileSchema.parse(entry.profile) as Profile }));
}

export function loadQualitySet(): QualityUser[] {
  return readdirSync(QUALITY_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((user) => {
      const dir = join(QUALITY_DIR, user);
      return {
        user,
        config: loadConfig(join(dir, 'config.json')),
        parts: { tuning: readPart(dir, 'tuning'), held: readPart(dir, 'held') },
      };
    });
}
