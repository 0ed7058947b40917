import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedRoots } from './closed-root';
import { BASHIR, HOSTILE, ORIANE, TOVA_ON_PAGE } from './config';
import { foreignMutations, type Harness, launch } from './harness';

// The panel's root is closed: checks read it through the DevTools protocol (closed-root.ts).
const PANEL = '[data-constellation="profile-panel"]';
const READY = '.panel[data-status="ready"]';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await h.call('importFile', 'backup.json', JSON.stringify(TOVA_ON_PAGE));
});
afterAll(async () => {
  await h?.close();
});

describe('profile panel', () => {
  it('appears once on a profile, in a closed shadow root, with need tags and reasons', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    const panel = closedRoots(page);
    await panel.waitFor(PANEL, '[data-need]');
    expect(await page.locator(PANEL).count()).toBe(1);
    expect(await panel.texts(PANEL, '.name')).toEqual([ORIANE.name]);
    // What a page script sees: a host with our hook and no root.
    expect(
      await page.$eval(PANEL, (host) => [host.shadowRoot, host.getAttributeNames(), host.textContent]),
    ).toEqual([null, ['data-constellation'], '']);

    const needs = await panel.attrs(PANEL, '[data-need]', 'data-need');
    const strengths = await panel.attrs(PANEL, '[data-need]', 'data-strength');
    expect(needs).toContain('project-feedback');
    // Met needs are never tagged: Tova marked professional development met.
    expect(needs).not.toContain('professional-development');
    for (const strength of strengths.map(Number)) expect(strength >= 0 && strength <= 1).toBe(true);
    const [reason] = await panel.texts(PANEL, '[data-need="project-feedback"] .reasons li');
    expect(reason?.length).toBeGreaterThan(10);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('leaves the feed untouched, and follows an in-page move from the feed to a profile', async () => {
    const page = await h.open('/feed/');
    expect(await foreignMutations(page)).toEqual([]);
    expect(await page.locator('[data-constellation]').count()).toBe(0);
    await page.click('#to-oriane');
    await closedRoots(page).waitFor(PANEL, '.name', { hasText: ORIANE.name });
    expect(await page.locator(PANEL).count()).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('after in-page navigation keeps exactly one panel, showing the new person', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    const panel = closedRoots(page);
    await panel.waitFor(PANEL, '.name', { hasText: ORIANE.name });
    await page.locator(`aside a[href="/in/${BASHIR.slug}/"]`).click();
    await panel.waitFor(PANEL, '.name', { hasText: BASHIR.name });
    expect(page.url()).toContain(`/in/${BASHIR.slug}/`);
    expect(await page.locator(PANEL).count()).toBe(1);
    await panel.waitFor(PANEL, '[data-need]');
    // Back (the Navigation API's traverse) returns to the first person, still one panel.
    await page.goBack();
    await panel.waitFor(PANEL, '.name', { hasText: ORIANE.name });
    expect(await page.locator(PANEL).count()).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows hostile page text as text: no script runs, the layout holds', async () => {
    const page = await h.open(`/in/${HOSTILE.slug}/`);
    const panel = closedRoots(page);
    await panel.waitFor(PANEL, READY);
    const [name] = await panel.texts(PANEL, '.name');
    expect(name).toContain('<img src=x onerror="window.__pwned=1">');
    expect(name).toContain('<script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await panel.count(PANEL, 'img, script, b, i')).toBe(0);
    const box = (sel: string) =>
      panel.each(
        PANEL,
        (root, s) => {
          const r = root.querySelector(s)!.getBoundingClientRect();
          return { y: r.y, width: r.width, height: r.height };
        },
        sel,
      );
    const [panelBox] = await box('.panel');
    const viewport = page.viewportSize();
    expect(panelBox && viewport).toBeTruthy();
    expect(panelBox!.width).toBeLessThanOrEqual(300);
    expect(panelBox!.y).toBeGreaterThanOrEqual(52);
    expect(panelBox!.y + panelBox!.height).toBeLessThanOrEqual(viewport!.height);
    const [nameBox] = await box('.name');
    expect(nameBox!.height).toBeLessThanOrEqual(45); // two lines at most
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('saves the person to the pipeline from the panel', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    const panel = closedRoots(page);
    await panel.waitFor(PANEL, '[data-need]');
    await panel.click(PANEL, '[data-action="save"]');
    await panel.waitFor(PANEL, '[data-action="save"]', { hasText: 'Saved · identified' });
    const people = await h.call<{ slug: string; stage: string; needs: string[] }[]>('listPeople');
    const oriane = people.find((p) => p.slug === ORIANE.slug);
    expect(oriane?.stage).toBe('identified');
    expect(oriane?.needs).toContain('project-feedback');
    // A fresh visit knows she is saved.
    await page.reload();
    await panel.waitFor(PANEL, '[data-action="save"]', { hasText: 'Saved · identified' });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('collapses with the keyboard and remembers it across pages', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    const panel = closedRoots(page);
    const TOGGLE = '[data-action="collapse"]';
    await panel.waitFor(PANEL, '[data-need]');
    expect(await panel.attrs(PANEL, TOGGLE, 'aria-expanded')).toEqual(['true']);
    await panel.focus(PANEL, TOGGLE);
    await page.keyboard.press('Enter');
    await panel.waitFor(PANEL, `${TOGGLE}[aria-expanded="false"]`);
    expect(await panel.count(PANEL, '[data-need]')).toBe(0);
    await expect
      .poll(
        async () =>
          (await h.call<{ settings: { panelCollapsed: boolean } }>('getConfig')).settings.panelCollapsed,
        { timeout: 10_000 },
      )
      .toBe(true);
    await page.reload();
    await panel.waitFor(PANEL, `${TOGGLE}[aria-expanded="false"]`);
    await panel.click(PANEL, TOGGLE);
    await panel.waitFor(PANEL, '[data-need]');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('rejecting a tag removes it for this person, also on the next visit', async () => {
    const page = await h.open(`/in/${BASHIR.slug}/`);
    const panel = closedRoots(page);
    await panel.waitFor(PANEL, '[data-need]');
    const [need] = await panel.attrs(PANEL, '[data-need]', 'data-need');
    await panel.click(PANEL, `[data-need="${need}"] [data-action="reject"]`);
    await panel.waitFor(PANEL, `[data-need="${need}"]`, { state: 'detached' });
    await page.reload();
    await panel.waitFor(PANEL, READY);
    expect(await panel.count(PANEL, `[data-need="${need}"]`)).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
