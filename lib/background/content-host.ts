import type { NeedId, Person } from '../domain';
import { LABEL_WORDS } from '../label-words';
import { pageRoute } from '../linkedin-url';
import type { ContentApi, PageDraw, PersonOnPage, ProfileOnPage } from '../messages/content';
import { needNames } from '../need-names';
import type { PageReport, TabPage } from '../page-report';
import { diagnoseTab } from './diagnose-tab';
import { PAGE_STYLES } from './page-styles';
import type { Sender } from './router';
import type { HostServices } from './services';
import { PAGE_READER_SCRIPT } from './tabs';

/** The page display's file in the build (entrypoints/page-display.ts). */
export const PAGE_DISPLAY_SCRIPT = '/page-display.js';

/**
 * The background's answers to one content script (lib/messages/content.ts), bound to its sender:
 * every call is about the page in the sender's own tab, and every answer is what that page draws.
 */
export class ContentHost implements ContentApi {
  constructor(
    private readonly host: HostServices,
    private readonly sender: Sender,
  ) {}

  async pageStart(withUi: boolean) {
    const { settings, needs } = await this.host.store.getConfig();
    const ui = withUi ? { ...PAGE_STYLES, needNames: needNames(needs), labelWords: LABEL_WORDS } : null;
    const { id: tabId, url = '' } = this.sender.tab ?? {};
    const read =
      settings.display === 'page' ||
      (tabId !== undefined && (await this.host.tabPages.wanted(tabId, pageRoute(url).kind)));
    return { display: settings.display, panelCollapsed: settings.panelCollapsed, read, ui };
  }

  async reportPage(report: PageReport | null) {
    const page = await this.host.tabPages.report(this.sender, report);
    return page ? drawOf(page) : null;
  }

  async savePerson(profile: ProfileOnPage, needs: NeedId[]) {
    this.mustShow(profile.slug);
    const saved = this.host.store.savePerson(profile, needs);
    return onPage(await this.host.after(saved, { followUps: true, tabs: true }));
  }

  async feedback(slug: string, need: NeedId, verdict: 'confirm' | 'reject') {
    this.mustShow(slug);
    await this.host.after(this.host.store.feedback(slug, need, verdict), { tabs: true });
  }

  async setPanelCollapsed(collapsed: boolean) {
    await this.host.store.saveSettings({ panelCollapsed: collapsed });
  }

  async openDrafter(slug: string, need: NeedId | null) {
    this.mustShow(slug);
    await this.host.openDrafter(slug, need);
  }

  openNeedsMap() {
    return this.host.port.runtime.openOptionsPage();
  }

  diagnosePage() {
    return diagnoseTab(this.host.port.scripting, this.sender.tab?.id);
  }

  /**
   * Our own drawing code into the sender's tab, top frame (where the content script runs), in our
   * isolated world. Not refused in the side-panel display: a page whose settings could not be read
   * still shows the panel's "could not" there, and the script draws nothing by itself.
   */
  loadPageDisplay() {
    return this.inject(PAGE_DISPLAY_SCRIPT);
  }

  /**
   * Our own reader into the sender's tab, the same way. Not refused while nobody watches: it reads
   * and reports, which the content script could ask anyway; only the page pays for asking early.
   */
  loadPageReader() {
    return this.inject(PAGE_READER_SCRIPT);
  }

  private async inject(file: string): Promise<void> {
    const tabId = this.sender.tab?.id;
    if (tabId === undefined || (this.sender.frameId ?? 0) !== 0) return;
    await this.host.port.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
  }

  /**
   * A page may act only on the person its tab's URL shows (the browser gives the URL, the page
   * cannot forge it) or a card its page reported: a compromised page cannot save, reject or draft
   * for anyone else.
   */
  private mustShow(slug: string): void {
    const tab = this.sender.tab;
    const route = pageRoute(tab?.url ?? '');
    if (route.kind === 'profile' && route.slug === slug) return;
    const page = tab?.id === undefined ? null : this.host.tabPages.get(tab.id);
    if (page?.report.cards.some((card) => card.slug === slug)) return;
    throw new Error(
      `${slug.slice(0, 60)} is not on this page: Constellation acts only on the people a page shows.`,
    );
  }
}

/** A tab's page as the page display draws it: tags, labels, a stage; no notes, no history. */
export function drawOf(page: TabPage): PageDraw {
  return {
    tags: page.tags,
    labels: page.labels,
    person: page.person ? onPage(page.person) : null,
    cards: page.cards,
  };
}

function onPage(person: Person): PersonOnPage {
  return { stage: person.stage, inPipeline: person.inPipeline !== false, confirmed: [...person.confirmed] };
}
