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

/** The project files a source file imports (relative and `@/` imports; CSS and `?inline` aside). */
function importsOf(path: string): string[] {
  const dir = join(path, '..');
  const out: string[] = [];
  for (const [, spec] of read(path).matchAll(/from '(\.{1,2}\/[^']+|@\/[^']+)'/g)) {
    if (!spec || /\?inline$/.test(spec) || spec.endsWith('.css')) continue;
    const base = spec.startsWith('@/') ? spec.slice(2) : relative(ROOT, join(ROOT, dir, spec));
    const found = ['', '.ts', '.tsx', '/index.ts'].map((e) => base + e).find(isSource);
    if (found) out.push(found);
  }
  return out;
}
function isSource(p: string): boolean {
  try {
    return /\.tsx?$/.test(p) && statSync(join(ROOT, p)).isFile();
  } catch {
    return false;
  }
}

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
  function reach(entry: string, seen = new Set<string>()): Set<string> {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    for (const next of importsOf(entry)) reach(next, seen);
    return seen;
  }
  // The content script, the page display the background injects for the opt-in display, and the
  // fill the popup injects on a click: all run inside LinkedIn.
  const reached = [
    ...new Set(['linkedin', 'page-display', 'fill'].flatMap((e) => [...reach(`entrypoints/${e}.ts`)])),
  ];

  it('reaches the reader and the content glue', () => {
    expect(reached.some((p) => p.startsWith('lib/reader/'))).toBe(true);
    expect(reached.some((p) => p.startsWith('lib/content/'))).toBe(true);
  });

  it('the content script leaves the page display’s drawing code to the injected script', () => {
    // Value imports only: a type import leaves nothing in the bundle.
    const values = (path: string) => {
      const types = [...read(path).matchAll(/^import type [^;]*?from '([^']+)';/gm)].map((m) => m[1]);
      return importsOf(path).filter(
        (dep) => !types.some((spec) => spec && dep.includes(spec.replace(/^[./@]+/, ''))),
      );
    };
    const script = new Set<string>();
    const walk = (p: string) => {
      if (script.has(p)) return;
      script.add(p);
      for (const next of values(p)) walk(next);
    };
    walk('entrypoints/linkedin.ts');
    // ui/panel-props.ts is the panel's types and the error wording the profile job uses: no drawing.
    const drawing = [...script].filter((p) =>
      /^lib\/content\/(ui\/(?!panel-props)|panel-host|shadow-host|chips-host|tag-cards|card-anchor)/.test(p),
    );
    expect(drawing).toEqual([]);
    expect(script.has('lib/content/page-display.ts')).toBe(true);
  });

  it.each(reached)('%s imports no zod, idb or papaparse, and never sets innerHTML', (path) => {
    const code = read(path);
    expect(code).not.toMatch(/from '(zod|zod\/mini|idb|papaparse)'/);
    expect(code).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|\beval\(|new Function\(/);
  });
});

describe('one home per job (issue 13)', () => {
  const sources = [...files('lib'), ...files('components'), ...files('entrypoints')];

  it.each(sources)('%s stays under 250 lines', (path) => {
    expect(read(path).split('\n').length).toBeLessThanOrEqual(250);
  });

  it.each(files('lib'))('%s imports nothing from components/', (path) => {
    expect(importsOf(path).filter((p) => p.startsWith('components/'))).toEqual([]);
  });

  it('has no import circle among lib/ and components/', () => {
    const graph = new Map([...files('lib'), ...files('components')].map((p) => [p, importsOf(p)]));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (p: string, path: string[]) => {
      if (state.get(p) === 'done') return;
      if (state.get(p) === 'open') {
        circles.push([...path.slice(path.indexOf(p)), p].join(' → '));
        return;
      }
      state.set(p, 'open');
      for (const next of graph.get(p) ?? []) visit(next, [...path, p]);
      state.set(p, 'done');
    };
    for (const p of graph.keys()) visit(p, []);
    expect(circles).toEqual([]);
  });
});
