import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRONG } from './examples';

// `npm run coach` as PRODUCT.md defines it: one JSON document on stdout; bad input is one line
// on stderr and exit code 2.

const dir = mkdtempSync(join(tmpdir(), 'coach-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// Spawned as `npx tsx` would (node --import tsx, minus npx's own start-up), concurrently: each
// start costs seconds on a busy machine.
function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/coach.ts', ...args], {
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const STRONG_FILE = file('strong.txt', STRONG);
const SHORT_FILE = file('short.txt', 'Hi');

describe.concurrent('npm run coach', { timeout: 120_000 }, () => {
  it('scores a message (default channel: message)', async () => {
    const out = await run(STRONG_FILE);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    const result = JSON.parse(out.stdout);
    expect(result).toMatchObject({ channel: 'message', limit: null, score: 100 });
    expect(result.length).toBe(STRONG.length + (STRONG.match(/\n/g)?.length ?? 0));
    for (const f of result.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['kind', 'text']));
  });

  it('flags a weak connection note against its limit', async () => {
    const weak = `Sorry to bother you, will you be my mentor? ${'Lots of detail. '.repeat(20)}`;
    const result = JSON.parse((await run(file('weak.txt', weak), '--channel', 'connection-note')).stdout);
    expect(result.limit).toBe(200);
    expect(result.score).toBeLessThan(50);
    const kinds = result.findings.map((f: { kind: string }) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['hedge', 'mentor-opener', 'too-long']));
  });

  it('reads the Premium limit from --config', async () => {
    const config = file(
      'premium.json',
      JSON.stringify({ format: 'constellation-backup', version: 1, self: { premium: true }, needs: [] }),
    );
    const result = JSON.parse(
      (await run(file('n.txt', 'Hi'), '--channel', 'connection-note', '--config', config)).stdout,
    );
    expect(result.limit).toBe(300);
  });

  it('with --company, tells a colleague where you work as a fault (issue 18)', async () => {
    const config = file(
      'org.json',
      JSON.stringify({
        format: 'constellation-backup',
        version: 1,
        self: { organization: 'Marélia Saúde' },
        needs: [],
      }),
    );
    const text = file('colleague.txt', STRONG.replace('I lead', 'I work at Marélia Saúde and lead'));
    const kinds = async (...extra: string[]) =>
      JSON.parse((await run(text, '--config', config, ...extra)).stdout).findings.map(
        (f: { kind: string }) => f.kind,
      );
    expect(await kinds('--company', 'Marélia Saúde')).toContain('colleague-org');
    expect(await kinds('--company', 'Harbourview Hospital')).not.toContain('colleague-org');
  });

  it.each([
    ['an unknown channel', ['--channel', 'fax']],
    ['a missing file', [join(dir, 'nope.txt')]],
    ['no file at all', []],
    ['an unknown option', ['--bogus']],
    ['a bad config', ['--config', STRONG_FILE]],
  ])('refuses %s with one line and exit 2', async (_name, args) => {
    const out = await run(
      ...(args[0] === '--channel' || args[0] === '--config' ? [SHORT_FILE, ...args] : args),
    );
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
