import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Keeps the shape of the tree honest (house style in ENGINEERING.md): entrypoints only wire,
// lib/ holds no UI, and the content script's imports stay free of heavy or unsafe dependencies.

const ROOT = join(import.meta.dirname, '..');
function files(dir: string, ext = /\.(ts|tsx)$/): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('entrypoints only wire', () => {
  it.each(files('entrypoints'))('%s declares no logic of its own', (path) => {
    const code = read(path).replace(/\/\/.*$/gm, '');
    // One call into lib/ or components/, no functions, classes, loops or branches of its own.
    expect(code).not.toMatch(/\bfunction\b|\bclass\b|\bfor\s*\(|\bwhile\s*\(|\bif\s*\(|=>\s*\{[^}]*;[^}]*;/);
    expect(code.split('\n').filter((l) => l.trim()).length).toBeLessThanOrEqual(12);
  });
});

describe('lib/ is the pure core', () => {
  it.each(files('lib'))('%s renders no UI', (path) => {
    expect(read(path)).not.toMatch(/from 'preact(\/hooks)?'|\.tsx'/);
  });
});

describe('what runs on every LinkedIn page stays small and safe', () => {
  // Follows relative imports from the content script's entry.
  function reach(entry: string, seen = new Set<string>()): Set<string> {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    const dir = join(entry, '..');
    for (const [, spec] of read(entry).matchAll(/from '(\.{1,2}\/[^']+|@\/[^']+)'/g)) {
      if (!spec || /\?inline$/.test(spec) || spec.endsWith('.css')) continue;
      const base = spec.startsWith('@/') ? spec.slice(2) : relative(ROOT, join(ROOT, dir, spec));
      const found = ['.ts', '.tsx', '/index.ts']
        .map((e) => base + e)
        .find((p) => {
          try {
            return statSync(join(ROOT, p)).isFile();
          } catch {
            return false;
          }
        });
      if (found) reach(found, seen);
    }
    return seen;
  }
  // The content script, and the fill the popup injects on a click: both run inside LinkedIn.
  const reached = [...new Set([...reach('entrypoints/linkedin.ts'), ...reach('entrypoints/fill.ts')])];

  it('reaches the reader and the content glue', () => {
    expect(reached.some((p) => p.startsWith('lib/reader/'))).toBe(true);
    expect(reached.some((p) => p.startsWith('lib/content/'))).toBe(true);
  });

  it.each(reached)('%s imports no zod, idb or papaparse, and never sets innerHTML', (path) => {
    const code = read(path);
    expect(code).not.toMatch(/from '(zod|zod\/mini|idb|papaparse)'/);
    expect(code).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|\beval\(|new Function\(/);
  });
});
