import type { Profile } from '../../lib/domain';
import { pageRoute } from '../../lib/linkedin-url';
import type { TabPage } from '../../lib/page-report';
import type { TabView } from './use-tab-view';

/** What the side panel shows for its tab: one of these, never an empty box. */
export type Shown =
  | { kind: 'loading' }
  | { kind: 'profile'; tabId: number; page: TabPage; profile: Profile & { name: string } }
  | { kind: 'list'; tabId: number; page: TabPage }
  | { kind: 'unread'; tabId: number; what: 'profile' | 'people-list' }
  | { kind: 'reading'; tabId: number }
  | { kind: 'home'; lead: string };

const LEADS = {
  noTab: 'The tab this panel followed is closed. Open a LinkedIn profile or people search in another tab.',
  own: 'This is your own profile. Constellation tags the people you could ask, not you.',
  linkedin:
    'Nothing to tag on this page. Open a LinkedIn profile or a people search: Constellation shows who there could meet your open needs.',
  elsewhere:
    'Constellation works on LinkedIn profiles and people lists, and reads nothing anywhere else. Here is what your pipeline needs next.',
};

/** The tab's state in one word: the background's read of its page first, else what its URL says. */
export function shownFor(view: TabView): Shown {
  if (!view.ready) return { kind: 'loading' };
  const { tab, page } = view;
  if (!tab) return { kind: 'home', lead: LEADS.noTab };
  if (page) {
    const { report } = page;
    if (report.own) return { kind: 'home', lead: LEADS.own };
    if (report.kind === 'profile') {
      const profile = report.profile;
      return profile?.name
        ? { kind: 'profile', tabId: tab.id, page, profile: profile as Profile & { name: string } }
        : { kind: 'unread', tabId: tab.id, what: 'profile' };
    }
    return report.cards.length
      ? { kind: 'list', tabId: tab.id, page }
      : { kind: 'unread', tabId: tab.id, what: 'people-list' };
  }
  const route = pageRoute(tab.url ?? '');
  // A profile reports once its top card is in (or the page loaded without one): until then, reading.
  if (route.kind === 'profile') return { kind: 'reading', tabId: tab.id };
  // A list reports once it has cards: none yet is what the canary says, in words that fit both.
  if (route.kind === 'people-list') return { kind: 'unread', tabId: tab.id, what: 'people-list' };
  return {
    kind: 'home',
    lead: tab.url?.startsWith('https://www.linkedin.com/') ? LEADS.linkedin : LEADS.elsewhere,
  };
}
