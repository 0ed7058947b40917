import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm ci` on any platform installs from the committed lock: each native tool's per-platform
// binaries must be in it. A lock written over an existing node_modules lists only this machine's,
// and `npm ci` on a Mac or Windows then refuses it (issue 19). /work/wt/relock.sh writes it right.

interface Entry {
  version?: string;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(join(import.meta.dirname, '../../package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, Entry>;
};
const TOOLS = ['@biomejs/biome', 'rollup', 'esbuild'];
// The platforms a contributor or CI is likely on.
const PLATFORMS = ['darwin-arm64', 'darwin-x64', 'linux-x64', 'linux-arm64', 'win32-x64'];

/** Every copy of `name` in the lock (hoisted or nested), by its install path. */
function copies(name: string): [string, Entry][] {
  return Object.entries(lock.packages).filter(([path]) => path.endsWith(`node_modules/${name}`));
}

/** Where npm would install `dep` for the package at `path`: nested beside it, else hoisted above it. */
function resolved(path: string, dep: string): Entry | undefined {
  for (let at = path; ; at = at.slice(0, at.lastIndexOf('/node_modules/'))) {
    const found = lock.packages[`${at}/node_modules/${dep}`];
    if (found) return found;
    if (!at.includes('/node_modules/')) return lock.packages[`node_modules/${dep}`];
  }
}

describe('package-lock.json', () => {
  it('is a v3 lock that holds each native tool', () => {
    expect(lock.lockfileVersion).toBe(3);
    for (const tool of TOOLS) expect(copies(tool).length, tool).toBeGreaterThan(0);
  });

  it.each(TOOLS)('%s: every optional per-platform package is locked, at the version pinned', (tool) => {
    for (const [path, entry] of copies(tool)) {
      const optional = Object.entries(entry.optionalDependencies ?? {});
      for (const platform of PLATFORMS)
        expect(
          optional.some(([dep]) => dep.includes(platform)),
          `${path} lists ${platform}`,
        ).toBe(true);
      // Exact pins (the binaries) must match; a range (rollup's fsevents) must be there at all.
      const missing = optional.filter(([dep, version]) => {
        const locked = resolved(path, dep)?.version;
        return /^\d/.test(version) ? locked !== version : !locked;
      });
      expect(missing.map(([dep]) => `${path} → ${dep}`)).toEqual([]);
    }
  });
});
