import type { PageReport } from '../page-report';
import type { PageRead } from '../reader';

/** What the reader made of the page, as the background's `reportPage` takes it. */
export function reportOf(kind: PageReport['kind'], read: PageRead): PageReport {
  const { profile, missing, cards, own } = read;
  return { url: location.href, kind, profile: kind === 'profile' ? profile : null, missing, cards, own };
}

/** A change that may bring person cards (an infinite list, lazy side cards). */
export function addsProfileLinks(records: MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element) || node.hasAttribute('data-constellation')) continue;
      if (node.matches('a[href*="/in/"]') || node.querySelector('a[href*="/in/"]')) return true;
    }
  }
  return false;
}
