import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// `npm run draft` as PRODUCT.md defines it, over a fictional profile page.

const PAGE = 'tests/draft/fixtures/profile-fictional.html';
const CONFIG = 'tests/draft/fixtures/backup-fictional.json';
const URL = 'https://www.linkedin.com/in/maya-lindqvist-fictional/';
// Spawned as `npx tsx` would (node --import tsx, minus npx's own start-up), concurrently: each
// start costs seconds on a busy machine.
function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/draft.ts', ...args], {
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

describe.concurrent('npm run draft', { timeout: 120_000 }, () => {
  it.each([
    ['connection-note', 200],
    ['message', null],
    ['inmail', 2000],
    ['email', null],
  ] as const)('drafts a %s within its limit, with the coach', async (channel, limit) => {
    const out = await run(
      PAGE,
      '--need',
      'project-feedback',
      '--channel',
      channel,
      '--url',
      URL,
      '--config',
      CONFIG,
    );
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.channel).toBe(channel);
    expect(result.limit).toBe(limit);
    if (limit) expect(result.length).toBeLessThanOrEqual(limit);
    expect(result.subject === null).toBe(channel === 'connection-note' || channel === 'message');
    expect(result.text).toMatch(/Maya|\[their name\]/);
    expect(result.text).toContain('my paper on clinical risk models');
    expect(result.coach.channel).toBe(channel);
    expect(result.coach.score).toBeGreaterThanOrEqual(75);
  });

  it('defaults to a message, and counts the notes already sent in the backup', async () => {
    const result = JSON.parse(
      (await run(PAGE, '--need', 'custom-grant-writing', '--url', URL, '--config', CONFIG)).stdout,
    );
    expect(result.channel).toBe('message');
    expect(result.text).toContain('my first grant proposal');
  });

  it('degrades on a page with no profile: a draft with the name marked', async () => {
    const out = await run(
      PAGE,
      '--need',
      'sponsorship',
      '--channel',
      'message',
      '--url',
      'https://www.linkedin.com/feed/',
    );
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.text).toContain('[their name]');
    expect(result.missing).toEqual(expect.arrayContaining(['goal', 'name', 'ask']));
  });

  it.each([
    ['an unknown channel', [PAGE, '--need', 'sponsorship', '--channel', 'pigeon']],
    ['an unknown need', [PAGE, '--need', 'world-peace']],
    ['a custom need not in the config', [PAGE, '--need', 'custom-nope', '--config', CONFIG]],
    ['no need', [PAGE]],
    ['a missing page', ['nope.html', '--need', 'sponsorship']],
    ['a bad url', [PAGE, '--need', 'sponsorship', '--url', 'not a url']],
    ['a bad variant', [PAGE, '--need', 'sponsorship', '--variant', 'two']],
  ])('refuses %s with one line and exit 2', async (_name, args) => {
    const out = await run(...args);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });
});
