import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASHIR, HOSTILE, ORIANE, TOVA_ON_PAGE } from './config';
import { foreignMutations, type Harness, launch } from './harness';

const PANEL = '[data-constellation="profile-panel"]';
const NAME = `${PANEL} .name`;
const READY = `${PANEL} .panel[data-status="ready"]`;

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await h.call('importFile', 'backup.json', JSON.stringify(TOVA_ON_PAGE));
});
afterAll(async () => {
  await h?.close();
});

describe('profile panel', () => {
  it('appears once on a profile, in an open shadow root, with need tags and reasons', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    await page.locator(`${PANEL} [data-need]`).first().waitFor();
    expect(await page.locator(PANEL).count()).toBe(1);
    expect(await page.locator(NAME).textContent()).toBe(ORIANE.name);
    expect(await page.$eval(PANEL, (host) => host.shadowRoot?.mode)).toBe('open');

    const tags = await page
      .locator(`${PANEL} [data-need]`)
      .evaluateAll((els) =>
        els.map(
          (el) => [el.getAttribute('data-need') ?? '', Number(el.getAttribute('data-strength'))] as const,
        ),
      );
    expect(tags.map(([need]) => need)).toContain('project-feedback');
    // Met needs are never tagged: Tova marked professional development met.
    expect(tags.map(([need]) => need)).not.toContain('professional-development');
    for (const [, strength] of tags) expect(strength >= 0 && strength <= 1).toBe(true);
    const reason = await page
      .locator(`${PANEL} [data-need="project-feedback"] .reasons li`)
      .first()
      .textContent();
    expect(reason?.length).toBeGreaterThan(10);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('leaves the feed untouched, and follows an in-page move from the feed to a profile', async () => {
    const page = await h.open('/feed/');
    expect(await foreignMutations(page)).toEqual([]);
    expect(await page.locator('[data-constellation]').count()).toBe(0);
    await page.click('#to-oriane');
    await page.locator(NAME, { hasText: ORIANE.name }).waitFor();
    expect(await page.locator(PANEL).count()).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('after in-page navigation keeps exactly one panel, showing the new person', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    await page.locator(NAME, { hasText: ORIANE.name }).waitFor();
    await page.locator(`aside a[href="/in/${BASHIR.slug}/"]`).click();
    await page.locator(NAME, { hasText: BASHIR.name }).waitFor();
    expect(page.url()).toContain(`/in/${BASHIR.slug}/`);
    expect(await page.locator(PANEL).count()).toBe(1);
    await page.locator(`${PANEL} [data-need]`).first().waitFor();
    // Back (the Navigation API's traverse) returns to the first person, still one panel.
    await page.goBack();
    await page.locator(NAME, { hasText: ORIANE.name }).waitFor();
    expect(await page.locator(PANEL).count()).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows hostile page text as text: no script runs, the layout holds', async () => {
    const page = await h.open(`/in/${HOSTILE.slug}/`);
    await page.locator(READY).waitFor();
    const name = await page.locator(NAME).textContent();
    expect(name).toContain('<img src=x onerror="window.__pwned=1">');
    expect(name).toContain('<script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const inside = await page.$eval(
      PANEL,
      (host) => host.shadowRoot?.querySelectorAll('img, script, b, i').length,
    );
    expect(inside).toBe(0);
    const box = await page.locator(`${PANEL} .panel`).boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport).toBeTruthy();
    expect(box!.width).toBeLessThanOrEqual(300);
    expect(box!.y).toBeGreaterThanOrEqual(52);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport!.height);
    const nameBox = await page.locator(NAME).boundingBox();
    expect(nameBox!.height).toBeLessThanOrEqual(45); // two lines at most
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('saves the person to the pipeline from the panel', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    const save = page.locator(`${PANEL} [data-action="save"]`);
    await page.locator(`${PANEL} [data-need]`).first().waitFor();
    await save.click();
    await page.locator(`${PANEL} [data-action="save"]`, { hasText: 'Saved · identified' }).waitFor();
    const people = await h.call<{ slug: string; stage: string; needs: string[] }[]>('listPeople');
    const oriane = people.find((p) => p.slug === ORIANE.slug);
    expect(oriane?.stage).toBe('identified');
    expect(oriane?.needs).toContain('project-feedback');
    // A fresh visit knows she is saved.
    await page.reload();
    await page.locator(`${PANEL} [data-action="save"]`, { hasText: 'Saved · identified' }).waitFor();
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('collapses with the keyboard and remembers it across pages', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    const toggle = page.locator(`${PANEL} [data-action="collapse"]`);
    await page.locator(`${PANEL} [data-need]`).first().waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator(`${PANEL} [data-need]`).count()).toBe(0);
    await expect
      .poll(
        async () =>
          (await h.call<{ settings: { panelCollapsed: boolean } }>('getConfig')).settings.panelCollapsed,
        { timeout: 10_000 },
      )
      .toBe(true);
    await page.reload();
    await page.locator(`${PANEL} [data-action="collapse"][aria-expanded="false"]`).waitFor();
    await page.locator(`${PANEL} [data-action="collapse"]`).click();
    await page.locator(`${PANEL} [data-need]`).first().waitFor();
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('rejecting a tag removes it for this person, also on the next visit', async () => {
    const page = await h.open(`/in/${BASHIR.slug}/`);
    const first = page.locator(`${PANEL} [data-need]`).first();
    await first.waitFor();
    const need = await first.getAttribute('data-need');
    await first.locator('[data-action="reject"]').click();
    await page.locator(`${PANEL} [data-need="${need}"]`).waitFor({ state: 'detached' });
    await page.reload();
    await page.locator(READY).waitFor();
    expect(await page.locator(`${PANEL} [data-need="${need}"]`).count()).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
