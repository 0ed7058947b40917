import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../lib/cli/common';
import { DEFAULT_SETTINGS, EMPTY_SELF, NEED_IDS, type UserConfig } from '../../lib/domain';
import { createMatcher } from '../../lib/match';
import { defaultNeeds } from '../../lib/needs-catalog';
import { readPage } from '../../lib/reader';

// The real pages saved by others (../shared/fixtures/linkedin-real/): the matcher must take
// whatever the reader makes of them. Only shapes and near misses are asserted, never their people.
// A worktree sits one folder deeper than the main checkout: REAL_PAGES_DIR points it at the folder.
const DIR = process.env.REAL_PAGES_DIR ?? join(import.meta.dirname, '../../../shared/fixtures/linkedin-real');
const pages = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.html')) : [];
if (!pages.length) console.warn(`real-pages: ${DIR} not found, skipping`);

// A fictional user: a senior software engineer who wants feedback on a Python library.
const CONFIG: UserConfig = {
  self: {
    ...EMPTY_SELF,
    organization: 'Northwind Health',
    field: 'Software engineering',
    seniority: 'senior',
    wants: ['machine learning'],
    offers: ['code review'],
    goal: 'Become an engineering manager at a product company',
  },
  needs: defaultNeeds().map((n) =>
    n.id === 'project-feedback'
      ? { ...n, ask: 'Feedback on my open-source web scraping library', keywords: ['python', 'web scraping'] }
      : n,
  ),
  settings: DEFAULT_SETTINGS,
};

describe.skipIf(!pages.length)('matching what the reader makes of real pages', () => {
  const m = createMatcher(CONFIG);
  it.each(pages)(
    '%s',
    (file) => {
      const search = file.includes('search');
      const { doc, url } = loadPage(
        join(DIR, file),
        search
          ? 'https://www.linkedin.com/search/results/people/?keywords=x'
          : 'https://www.linkedin.com/in/x/',
      );
      const read = readPage(doc, url);
      const results = [
        ...(read.profile ? [m.detailed(read.profile)] : []),
        ...read.cards.map((c) => m.detailedCard(c)),
      ];
      for (const r of results) {
        for (const t of r.tags) {
          expect(NEED_IDS).toContain(t.need);
          expect(t.strength).toBeGreaterThanOrEqual(0.3);
          expect(t.strength).toBeLessThanOrEqual(1);
          expect(t.reasons.length).toBeGreaterThan(0);
          for (const reason of t.reasons) expect(reason.length).toBeLessThanOrEqual(160);
        }
        // On these pages "coach" is a trade (Python, agile): never an emotional-support claim.
        expect(r.tags.map((t) => t.need)).not.toContain('emotional-support');
      }
      if (read.profile) expect(m.detailed(read.profile)).toEqual(m.detailed(read.profile));
    },
    30_000,
  );
});
