import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS } from '../../../lib/store/migrations';

const dir = join(import.meta.dirname, '../../../lib/store/migrations');
const steps = readdirSync(dir).filter((f) => /^v\d+\.ts$/.test(f));

describe('migrations convention', () => {
  it('has one file per version, 1..DB_VERSION, each registered', () => {
    expect(steps.map((f) => Number(f.slice(1, -3))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1),
    );
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it.each(steps)('%s has a test seeding the version before it', (file) => {
    expect(existsSync(join(import.meta.dirname, file.replace(/\.ts$/, '.test.ts')))).toBe(true);
  });
});
