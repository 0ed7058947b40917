import { readPage } from '../reader';
import { cardLinkOf } from '../reader/cards';
import { addsProfileLinks, reportOf } from './page-report';
import type { PageStartHere, Session } from './session';
import { onDomChange } from './wait-for';

/**
 * A people list, once its page is to be read (lib/content/start.ts): in the side-panel display its
 * cards reported now and as the list grows, nothing drawn; in the page display, chips on the cards.
 */
export async function runList(s: Session, start: PageStartHere, signal: AbortSignal): Promise<void> {
  s.removePanel();
  if (!start.error && start.display === 'side-panel') return reportList(s, signal);
  await s.clearReport();
  if (start.error) return;
  const display = await s.pageDisplay();
  if (!display || signal.aborted) return;
  display.tagCards({
    api: s.api,
    // The page display's chips: the list reported as it is now, and each card's tags from the answer.
    tag: async () =>
      (await s.reportPage(reportOf('people-list', readPage(document, location.href))))?.cards ?? {},
    signal,
    needNames: start.ui.needNames,
    css: start.ui.chipsCss,
    readCards: () => readPage(document, location.href).cards,
    linkOf: cardLinkOf,
  });
}

function reportList(s: Session, signal: AbortSignal): void {
  let last = '';
  const report = () => {
    const read = readPage(document, location.href);
    const key = read.cards.map((c) => c.slug).join(' ');
    if (key === last || signal.aborted) return;
    last = key;
    s.reportPage(reportOf('people-list', read)).catch(() => {});
  };
  report();
  onDomChange(document.body, addsProfileLinks, report, signal);
}
