import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOB_PAGE_MATCHES } from '../../lib/route';
import { DIST } from './harness';

// What LinkedIn (and a reviewer) can see of us: the built manifest (PRODUCT.md "Invisible to the page").
describe('built manifest', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8'));

  it('exposes no web-accessible resources at all', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('asks only for the expected permissions and linkedin.com', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'scripting']);
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('keeps the browser’s default content security policy (no key to loosen it)', () => {
    // Chrome's MV3 default forbids eval and remote code; any content_security_policy key could only
    // add to what pages of ours may load, so none is allowed.
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('runs one content script, on LinkedIn profiles and people lists only, with no CSS file', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0].matches).toEqual(JOB_PAGE_MATCHES);
    for (const match of manifest.content_scripts[0].matches)
      expect(match).toMatch(/^https:\/\/www\.linkedin\.com\/(in|search|mynetwork)\//);
    expect(manifest.content_scripts[0].all_frames).toBeUndefined();
    expect(manifest.content_scripts[0].css).toBeUndefined();
  });

  it('ships the content script without zod', async () => {
    const file = join(DIST, manifest.content_scripts[0].js[0]);
    const code = await readFile(file, 'utf8');
    expect((await stat(file)).size).toBeGreaterThan(0);
    expect(code).not.toMatch(/ZodError|\$ZodType/);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
  });
});
