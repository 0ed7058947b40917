import type { Card, NeedId, NeedPatch, Profile, SelfProfile, Settings, Stage } from '../domain';
import type { ImportOptions } from '../import/types';
import type { FillRequest } from '../injected/fill-box';
import type { PagesApi } from '../messages/pages';
import type { PipelineQuery, StageChange, Touch } from '../pipeline/types';
import type { Part } from '../store/damage';
import { diagnoseTab } from './diagnose-tab';
import { fillMessageBoxIn } from './fill-message-box';
import type { HostServices } from './services';

// What a write can change beyond the store: the badge's follow-ups count, and the tabs' tags
// (the side panel, the badge and the page display are told).
const FOLLOW_UPS_AND_TABS = { followUps: true, tabs: true } as const;
// The user's own records: the tabs' tags, and every options page open (issue 14).
const CONFIG = { tabs: true, config: true } as const;

/**
 * The background's answers to our own pages (lib/messages/pages.ts): the store for data, and the
 * browser for tabs, the badge and extension pages. One method per call of the contract.
 */
export class PagesHost implements PagesApi {
  constructor(private readonly host: HostServices) {}

  private get store() {
    return this.host.store;
  }

  getConfig() {
    return this.store.getConfig();
  }
  saveSelf(patch: Partial<SelfProfile>) {
    return this.host.after(this.store.saveSelf(patch), CONFIG);
  }
  saveNeeds(patches: NeedPatch[]) {
    return this.host.after(this.store.saveNeeds(patches), CONFIG);
  }
  deleteNeed(id: NeedId) {
    return this.host.after(this.store.deleteNeed(id), CONFIG);
  }
  saveSettings(patch: Partial<Settings>) {
    return this.host.after(this.store.saveSettings(patch), { ...CONFIG, followUps: true });
  }
  tagProfile(profile: Profile) {
    return this.store.tagProfile(profile);
  }
  tagCards(cards: Card[]) {
    return this.store.tagCards(cards);
  }
  savePerson(profile: Partial<Profile> & { slug: string }, needs: NeedId[]) {
    return this.host.after(this.store.savePerson(profile, needs), FOLLOW_UPS_AND_TABS);
  }
  feedback(slug: string, need: NeedId, verdict: 'confirm' | 'reject') {
    return this.host.after(this.store.feedback(slug, need, verdict), { tabs: true });
  }
  listPeople() {
    return this.store.listPeople();
  }
  pipelinePage(query: PipelineQuery) {
    return this.store.pipelinePage(query);
  }
  listEvents(slug?: string) {
    return this.store.listEvents(slug);
  }
  moveStage(slug: string, stage: Stage, change?: StageChange) {
    return this.host.after(this.store.moveStage(slug, stage, change), FOLLOW_UPS_AND_TABS);
  }
  exportBackup() {
    return this.store.exportBackup();
  }
  importFile(fileName: string, text: string, options: ImportOptions = {}) {
    const onProgress = (done: number, total: number) => this.host.progress(done, total);
    return this.host.after(this.store.importFile(fileName, text, { ...options, onProgress }), {
      ...FOLLOW_UPS_AND_TABS,
      config: true,
    });
  }
  async tabPage(tabId: number) {
    return this.host.tabPages.get(tabId);
  }
  currentPageTags() {
    return this.host.tabPages.current();
  }
  openDrafter(slug: string, need: NeedId | null) {
    return this.host.openDrafter(slug, need);
  }
  openNeedsMap() {
    return this.host.port.runtime.openOptionsPage();
  }
  fillMessageBox(tabId: number, request: FillRequest) {
    return fillMessageBoxIn(this.host.port.scripting, tabId, request);
  }
  diagnoseTab(tabId: number) {
    return diagnoseTab(this.host.port.scripting, tabId);
  }
  followUps(now?: string) {
    return this.store.followUps(now);
  }
  logTouch(slug: string, touch: Touch) {
    return this.host.after(this.store.logTouch(slug, touch), { followUps: true });
  }
  needsMap() {
    return this.store.needsMap();
  }
  boldness() {
    return this.store.boldness();
  }
  agreement(slug: string) {
    return this.store.agreement(slug);
  }
  notesSentLast30Days(now?: string) {
    return this.store.notesSentLast30Days(now);
  }
  exportPipelineCsv() {
    return this.store.exportPipelineCsv();
  }
  backupReminder(now?: string) {
    return this.store.backupReminder(now);
  }
  listNetwork(limit?: number) {
    return this.store.listNetwork(limit);
  }
  problems() {
    return this.store.problems();
  }
  damage() {
    return this.store.damage();
  }
  rawExport(part?: Part) {
    return this.store.rawExport(part);
  }
  resetPart(part: Part) {
    return this.store.resetPart(part);
  }
}
