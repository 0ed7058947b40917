import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASHIR, ORIANE, TOVA_BACKUP } from './config';
import { type Harness, launch, type PageProblems, tabIdOf } from './harness';

// The side panel page in real Chromium, pinned to a LinkedIn tab as outside checks open it
// (`sidepanel.html?tab=<id>` in a tab of its own), in the default display (nothing drawn on
// LinkedIn's page): it shows the person and their tags, follows in-page navigation, ranks a long
// list, and saves into the pipeline. One browser for the file.

const ROOT = '[data-constellation="side-panel"]';
const LIST = `${ROOT} [data-constellation="page-people"]`;
const VERA = 'vera-lindqvist-fictional';

let h: Harness;
beforeAll(async () => {
  h = await launch({ routes: [[/^\/mynetwork\/grow\/?$/, 'browser-list-25.html']] });
  const result = await h.call<{ ok: boolean; message: string }>(
    'importFile',
    'backup.json',
    JSON.stringify(TOVA_BACKUP),
  );
  if (!result.ok) throw new Error(result.message);
});
afterAll(() => h?.close());

/** A LinkedIn page, and the side panel pinned to its tab. */
async function pinned(path: string): Promise<{ linkedin: Page & PageProblems; panel: Page & PageProblems }> {
  const linkedin = await h.open(path);
  const panel = await h.openExtensionPage(`sidepanel.html?tab=${await tabIdOf(h, linkedin)}`);
  return { linkedin, panel };
}

const strengths = (panel: Page, selector: string) =>
  panel.locator(selector).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-strength'))));

describe('the side panel pinned to a LinkedIn tab', () => {
  it('shows the profile’s person, tags with strengths and reasons, and labels', async () => {
    const { linkedin, panel } = await pinned(`/in/${ORIANE.slug}/`);
    const person = panel.locator(`${ROOT} [data-person="${ORIANE.slug}"]`);
    await person.locator('[data-need="project-feedback"]').waitFor();
    await expect.poll(() => person.locator('h2').textContent()).toBe(ORIANE.name);
    for (const s of await strengths(panel, `${ROOT} [data-person] [data-need]`)) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    // Every tag says why; the first reason is shown under it.
    const reasons = await person.locator('[data-need] .sp-reasons li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => r.trim().length > 3)).toBe(true);
    expect(await person.locator('[data-label]').count()).toBeGreaterThan(0);
    expect(await person.locator('[data-action="save"]').count()).toBe(1);
    expect(await person.locator('[data-action="draft"]').count()).toBe(1);
    // The default display: nothing of ours on LinkedIn's page.
    expect(await linkedin.locator('[data-constellation]').count()).toBe(0);
    expect([...linkedin.errors, ...panel.errors]).toEqual([]);
    await Promise.all([panel.close(), linkedin.close()]);
  });

  it('follows an in-page navigation to another profile', async () => {
    const { linkedin, panel } = await pinned(`/in/${ORIANE.slug}/`);
    await panel.locator(`${ROOT} [data-person="${ORIANE.slug}"]`).waitFor();
    // The fixture SPA: a side card's link is pushState, a skeleton, then the next person.
    await linkedin.locator(`aside a[href="/in/${BASHIR.slug}/"]`).click();
    await panel.locator(`${ROOT} [data-person="${BASHIR.slug}"] h2`).waitFor();
    expect(await panel.locator(`${ROOT} [data-person="${ORIANE.slug}"]`).count()).toBe(0);
    expect(await panel.locator(`${ROOT} [data-person="${BASHIR.slug}"] [data-need]`).count()).toBeGreaterThan(
      0,
    );
    expect([...linkedin.errors, ...panel.errors]).toEqual([]);
    await Promise.all([panel.close(), linkedin.close()]);
  });

  it('ranks a 25-card list best fit first, each person once, and a name opens them in the tab', async () => {
    const { linkedin, panel } = await pinned('/mynetwork/grow/');
    const rows = panel.locator(`${LIST} > [data-slug]`);
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(25);
    const slugs = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));
    expect(new Set(slugs).size).toBe(25);
    expect(slugs[0]).toBe(VERA); // the forecasting lead: Tova's paper ask, and the strongest tag
    const fits = await rows.evaluateAll((els) =>
      els.map((row) =>
        Math.max(
          0,
          ...[...row.querySelectorAll('[data-need]')].map((t) => Number(t.getAttribute('data-strength'))),
        ),
      ),
    );
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
    expect(fits.filter((f) => f > 0).length).toBeGreaterThan(5);
    await rows.first().locator('a').click();
    await expect.poll(() => linkedin.url()).toContain(`/in/${VERA}/`);
    expect([...linkedin.errors, ...panel.errors]).toEqual([]);
    await Promise.all([panel.close(), linkedin.close()]);
  });

  it('saves from the profile and from a list row into the pipeline', async () => {
    const { linkedin, panel } = await pinned(`/in/${ORIANE.slug}/`);
    const save = panel.locator(`${ROOT} [data-person="${ORIANE.slug}"] [data-action="save"]`);
    await save.click();
    await expect.poll(() => save.getAttribute('data-saved')).toBe('true');
    await linkedin.goto('https://www.linkedin.com/mynetwork/grow/');
    const row = panel.locator(`${LIST} > [data-slug="${VERA}"]`);
    await row.locator('[data-action="save"]').click();
    await row.locator('[data-stage="identified"]').waitFor();
    const people =
      await h.call<{ slug: string; stage: string; needs: string[]; inPipeline?: boolean }[]>('listPeople');
    const saved = (slug: string) => people.find((p) => p.slug === slug && p.inPipeline !== false);
    expect(saved(ORIANE.slug)).toMatchObject({ stage: 'identified' });
    expect(saved(ORIANE.slug)?.needs).toContain('project-feedback');
    expect(saved(VERA)).toMatchObject({
      stage: 'identified',
      needs: ['project-feedback', 'role-models', 'sponsorship'],
    });
    expect([...linkedin.errors, ...panel.errors]).toEqual([]);
    await Promise.all([panel.close(), linkedin.close()]);
  });
});
