import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../lib/store/migrations';

// Stricter than "a test file exists": each step's test must really build a database at the
// version before it (plain idb, as that version shipped) and open it with today's Store, so every
// past version is proven to upgrade to the latest with its records kept.

const steps = Array.from({ length: DB_VERSION - 1 }, (_, i) => [i + 2, i + 1] as const);

describe('migration tests seed the version before them', () => {
  it.each(steps)('v%i.test.ts seeds a v%i database and opens it with today’s Store', (version, before) => {
    const file = join(import.meta.dirname, `v${version}.test.ts`);
    expect(existsSync(file), `missing tests/store/migrations/v${version}.test.ts`).toBe(true);
    const text = readFileSync(file, 'utf8');
    // idb's openDB(DB_NAME, n, …) or the store's own openDb(factory, DB_NAME, n) at the old version.
    expect(text).toMatch(new RegExp(`open[Dd][Bb]\\((?:\\s*\\w+,)?\\s*DB_NAME,\\s*${before}\\b`));
    expect(text).toMatch(/new Store\(/);
    expect(text).toMatch(/exportBackup\(\)|listPeople\(\)/); // reads the records back
  });
});
