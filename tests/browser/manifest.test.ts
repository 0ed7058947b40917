import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOB_PAGE_MATCHES } from '../../lib/linkedin-url';
import { DIST, ROOT } from './harness';

/** A PNG's width and height, from its IHDR chunk. */
async function pngSize(path: string): Promise<[number, number]> {
  const png = await readFile(path);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

// What LinkedIn (and a reviewer) can see of us: the built manifest (PRODUCT.md "Invisible to the page").
describe('built manifest', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8'));

  it('exposes no web-accessible resources at all', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('asks only for the expected permissions and linkedin.com', () => {
    // sidePanel: WXT adds it with the side panel entrypoint, which Chrome requires for side_panel.
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'alarms',
      'notifications',
      'scripting',
      'sidePanel',
    ]);
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('declares the side panel, our main surface (issue 15)', () => {
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    // Its shortcut: a command the background answers with sidePanel.open().
    expect(manifest.commands['open-side-panel'].suggested_key).toEqual({ default: 'Alt+Shift+C' });
  });

  it('keeps the browser’s default content security policy (no key to loosen it)', () => {
    // Chrome's MV3 default forbids eval and remote code; any content_security_policy key could only
    // add to what pages of ours may load, so none is allowed.
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('declares no content script: the background registers it only while a page may be read', () => {
    expect(manifest.content_scripts).toBeUndefined();
    for (const match of JOB_PAGE_MATCHES)
      expect(match).toMatch(/^https:\/\/www\.linkedin\.com\/(in|search|mynetwork)\//);
  });

  it('ships the content script and its injected parts without zod', async () => {
    for (const script of ['linkedin.js', 'page-read.js', 'page-display.js']) {
      const file = join(DIST, script);
      const code = await readFile(file, 'utf8');
      expect((await stat(file)).size).toBeGreaterThan(0);
      expect(code).not.toMatch(/ZodError|\$ZodType/);
      expect(code).not.toMatch(/\beval\(|new Function\(/);
    }
  });

  it('shows our own icon in every size, in the toolbar too, and on Chrome 116+ (the side panel’s open())', async () => {
    expect(Object.keys(manifest.icons).map(Number)).toEqual([16, 32, 48, 96, 128]);
    expect(manifest.action.default_icon).toEqual(manifest.icons);
    for (const [size, file] of Object.entries<string>(manifest.icons))
      expect(await pngSize(join(DIST, file))).toEqual([Number(size), Number(size)]);
    expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(116);
  });
});

// The Firefox build (npm run build:firefox): MV2's browser_action, and the add-on's Gecko settings.
describe('built Firefox manifest', async () => {
  const dir = join(ROOT, process.env.CONSTELLATION_OUT ?? '.output', 'firefox-mv2');
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));

  it('shows the same icons, declares no data collection, installs on the current ESR (140) and Android 142+', async () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_action.default_icon).toEqual(manifest.icons);
    expect(manifest.action).toBeUndefined();
    for (const [size, file] of Object.entries<string>(manifest.icons))
      expect(await pngSize(join(dir, file))).toEqual([Number(size), Number(size)]);
    const gecko = manifest.browser_specific_settings.gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // 140 is the ESR that Debian (and CI) ship; 142 refused to install there.
    expect(gecko.strict_min_version).toBe('140.0');
    expect(manifest.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.minimum_chrome_version).toBeUndefined();
  });

  it('runs one content script, on LinkedIn profiles and people lists only, with no CSS file', () => {
    expect(manifest.content_scripts).toEqual([
      { matches: JOB_PAGE_MATCHES, js: ['linkedin.js'], run_at: 'document_idle' },
    ]);
  });

  it('declares the side panel as Firefox’s sidebar', () => {
    expect(manifest.sidebar_action).toMatchObject({
      default_panel: 'sidepanel.html',
      default_icon: manifest.icons,
    });
    expect(manifest.commands._execute_sidebar_action.suggested_key).toEqual({ default: 'Alt+Shift+C' });
    expect(manifest.side_panel).toBeUndefined();
  });
});
