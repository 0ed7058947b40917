// A people search page with `cards` people: the Ember 2025 fixture's first card cloned with its own
// slug per person and a headline that is evidence for one of the bench user's needs (an editor of
// a forecasting journal: feedback on her forecasting paper), so every card gets chips in the page
// display. Shared by page-cost (the list in the page from the start) and page-latency (the list
// arriving later).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES } from '../browser/harness';

// The fixture card's own headline gets no tag from the issue 16 matcher (nothing in it is evidence
// for the bench user's needs); this one does, whatever else the matcher weighs.
const FIXTURE_HEADLINE = 'Product Lead, Payments | Mentor at Women in Fintech';
const TAGGED_HEADLINE = 'Editor, Journal of Forecasting | time series methods';

/** In-page script: fills `root` (a node holding the fixture's cards) with `cards` clones. */
function cloneCards(root: string, cards: number): string {
  return `{
    const items = [...${root}.querySelectorAll('[data-chameleon-result-urn]')].map((c) => c.closest('li') ?? c);
    const list = items[0].parentNode;
    items.forEach((it) => it.remove());
    for (const text of items[0].querySelectorAll('div')) {
      if (text.childElementCount === 0 && text.textContent.trim() === ${JSON.stringify(FIXTURE_HEADLINE)})
        text.textContent = ${JSON.stringify(TAGGED_HEADLINE)};
    }
    for (let i = 0; i < ${cards}; i++) {
      const clone = items[0].cloneNode(true);
      for (const a of clone.querySelectorAll('a[href*="/in/"]'))
        a.setAttribute('href', a.getAttribute('href').replace(/\\/in\\/([^/?#]+)/, '/in/$1-b' + i));
      list.append(clone);
    }
  }`;
}

const fixture = () => readFileSync(join(PAGES, 'search-ember-2025.html'), 'utf8');

/** The list is in the page when it loads (the script runs before DOMContentLoaded). */
export function listPage(cards: number): string {
  return fixture().replace(/<\/body>/i, `<script>${cloneCards('document', cards)}</script></body>`);
}

/**
 * The page loads empty; 300 ms after load the whole list is inserted at once, as LinkedIn's app
 * renders results. The page records `__listAt` (inserted) and `__paintedAt` (the first frame
 * with the list has been produced) with performance.now().
 */
export function delayedListPage(cards: number): string {
  const script = `<script>
    const held = document.createElement('template');
    held.content.append(...document.body.childNodes);
    ${cloneCards('held.content', cards)}
    addEventListener('load', () => setTimeout(() => {
      document.body.append(held.content);
      window.__listAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => (window.__paintedAt = performance.now())));
    }, 300));
  </script>`;
  return fixture().replace(/<\/body>/i, `${script}</body>`);
}
