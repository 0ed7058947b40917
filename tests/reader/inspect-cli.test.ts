import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expected, PAGES_DIR } from './load';

// The command end-to-end, as a person or a grader runs it: one JSON document on stdout; bad input
// is one line on stderr and exit code 2.

const tmp = mkdtempSync(join(tmpdir(), 'inspect-'));
function inspect(...argv: string[]) {
  return spawnSync('npx', ['tsx', 'lib/cli/inspect.ts', ...argv], { encoding: 'utf8', timeout: 60_000 });
}
function json(...argv: string[]): Record<string, unknown> {
  return JSON.parse(execFileSync('npx', ['tsx', 'lib/cli/inspect.ts', ...argv], { encoding: 'utf8' }));
}
const KEYS = ['kind', 'profile', 'missing', 'cards', 'tags', 'labels'];

describe('npm run inspect', () => {
  it('reads a profile page into the inspect contract', () => {
    const out = json(`${PAGES_DIR}ember-2024.html`, '--url', 'https://www.linkedin.com/in/ada-okafor/');
    expect(Object.keys(out)).toEqual(KEYS);
    const want = expected('ember-2024') as Record<string, unknown>;
    expect(out.profile).toEqual(want.profile);
    expect(out.missing).toEqual(want.missing);
    expect((out.cards as { slug: string }[]).map((c) => c.slug)).toEqual(
      (want.cards as { slug: string }[]).map((c) => c.slug),
    );
  }, 60_000);

  it('finds the person without --url, and reads people lists and other pages', () => {
    expect((json(`${PAGES_DIR}sdui-2026.html`).profile as { slug: string }).slug).toBe('chiara-benedetti');
    const list = json(
      `${PAGES_DIR}search-sdui-2026.html`,
      '--url',
      'https://www.linkedin.com/search/results/people/',
    );
    expect(list).toMatchObject({ kind: 'people-list', profile: null, tags: [], labels: [] });
    expect(list.cards).toHaveLength(10);
    expect(json(`${PAGES_DIR}feed.html`, '--url', 'https://www.linkedin.com/feed/')).toEqual({
      kind: 'other',
      profile: null,
      missing: [],
      cards: [],
      tags: [],
      labels: [],
    });
  }, 60_000);

  it("never tags the viewer's own profile", () => {
    const out = json(`${PAGES_DIR}own-profile.html`, '--url', 'https://www.linkedin.com/in/quentin-marlowe/');
    expect(out).toMatchObject({ tags: [], labels: [] });
    expect((out.profile as { degree: unknown }).degree).toBeNull();
  }, 60_000);

  it('tags profiles given as data, keyed by slug', () => {
    const one = join(tmp, 'one.json');
    writeFileSync(one, JSON.stringify({ slug: 'ada-okafor', name: 'Ada Okafor', headline: 'Product Lead' }));
    expect(json('--snapshot', one)).toEqual({
      'ada-okafor': { tags: expect.any(Array), labels: expect.any(Array) },
    });
    const many = join(tmp, 'many.json');
    writeFileSync(many, JSON.stringify([{ slug: 'ada-okafor' }, { slug: 'bruno-lefevre', degree: 2 }]));
    expect(Object.keys(json('--snapshot', many))).toEqual(['ada-okafor', 'bruno-lefevre']);
  }, 60_000);

  const bad = (name: string, content: string) => {
    const path = join(tmp, name);
    writeFileSync(path, content);
    return path;
  };
  it.each([
    ['a missing page file', () => [join(tmp, 'nope.html')]],
    ['no page at all', () => []],
    ['a --url that is not a URL', () => [`${PAGES_DIR}feed.html`, '--url', 'not a url']],
    ['a snapshot that is not JSON', () => ['--snapshot', bad('a.json', '{oops')]],
    ['a snapshot without slugs', () => ['--snapshot', bad('b.json', '[{"name":"Ada"}]')]],
    [
      'a config that is not a backup',
      () => [`${PAGES_DIR}feed.html`, '--config', bad('e.json', '{"format":"x"}')],
    ],
  ])(
    'refuses %s: one line on stderr, exit 2',
    (_label, argv) => {
      const result = inspect(...argv());
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
    },
    60_000,
  );

  it('an empty or broken page is still one JSON document', () => {
    const out = json(bad('empty.html', ''), '--url', 'https://www.linkedin.com/in/ada-okafor/');
    expect(out).toMatchObject({ kind: 'profile', profile: { slug: 'ada-okafor', name: null } });
    expect(out.missing).toContain('name');
    const broken = json(
      bad('broken.html', '<html><body><main><h1>Ada'),
      '--url',
      'https://www.linkedin.com/in/ada/',
    );
    expect(broken.kind).toBe('profile');
  }, 60_000);
});
