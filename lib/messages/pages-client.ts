import { browser } from 'wxt/browser';
import type { Card, NeedId, NeedPatch, Profile, SelfProfile, Settings, Stage } from '../domain';
import type { ImportOptions } from '../import/types';
import type { FillRequest } from '../injected/fill-box';
import type { PipelineQuery, StageChange, Touch } from '../pipeline/types';
import type { Part } from '../store/damage';
import type { PagesApi } from './pages';
import { send } from './wire';

/** The pages contract over runtime messages: what the popup, options page and side panel call. */
export class PagesClient implements PagesApi {
  getConfig() {
    return this.call('getConfig');
  }
  saveSelf(patch: Partial<SelfProfile>) {
    return this.call('saveSelf', patch);
  }
  saveNeeds(patches: NeedPatch[]) {
    return this.call('saveNeeds', patches);
  }
  deleteNeed(id: NeedId) {
    return this.call('deleteNeed', id);
  }
  saveSettings(patch: Partial<Settings>) {
    return this.call('saveSettings', patch);
  }
  tagProfile(profile: Profile) {
    return this.call('tagProfile', profile);
  }
  tagCards(cards: Card[]) {
    return this.call('tagCards', cards);
  }
  savePerson(profile: Partial<Profile> & { slug: string }, needs: NeedId[]) {
    return this.call('savePerson', profile, needs);
  }
  feedback(slug: string, need: NeedId, verdict: 'confirm' | 'reject') {
    return this.call('feedback', slug, need, verdict);
  }
  listPeople() {
    return this.call('listPeople');
  }
  pipelinePage(query: PipelineQuery) {
    return this.call('pipelinePage', query);
  }
  listEvents(slug?: string) {
    return this.call('listEvents', slug);
  }
  moveStage(slug: string, stage: Stage, change?: StageChange) {
    return this.call('moveStage', slug, stage, change);
  }
  exportBackup() {
    return this.call('exportBackup');
  }
  importFile(fileName: string, text: string, options?: ImportOptions) {
    return this.call('importFile', fileName, text, options);
  }
  tabPage(tabId: number) {
    return this.call('tabPage', tabId);
  }
  currentPageTags() {
    return this.call('currentPageTags');
  }
  openDrafter(slug: string, need: NeedId | null) {
    return this.call('openDrafter', slug, need);
  }
  openNeedsMap() {
    return this.call('openNeedsMap');
  }
  fillMessageBox(tabId: number, request: FillRequest) {
    return this.call('fillMessageBox', tabId, request);
  }
  diagnoseTab(tabId: number) {
    return this.call('diagnoseTab', tabId);
  }
  followUps(now?: string) {
    return this.call('followUps', now);
  }
  logTouch(slug: string, touch: Touch) {
    return this.call('logTouch', slug, touch);
  }
  needsMap() {
    return this.call('needsMap');
  }
  boldness() {
    return this.call('boldness');
  }
  agreement(slug: string) {
    return this.call('agreement', slug);
  }
  notesSentLast30Days(now?: string) {
    return this.call('notesSentLast30Days', now);
  }
  exportPipelineCsv() {
    return this.call('exportPipelineCsv');
  }
  backupReminder(now?: string) {
    return this.call('backupReminder', now);
  }
  listNetwork(limit?: number) {
    return this.call('listNetwork', limit);
  }
  problems() {
    return this.call('problems');
  }
  damage() {
    return this.call('damage');
  }
  rawExport(part?: Part) {
    return this.call('rawExport', part);
  }
  resetPart(part: Part) {
    return this.call('resetPart', part);
  }

  private call<M extends keyof PagesApi>(method: M, ...args: Parameters<PagesApi[M]>) {
    return send(method, args) as ReturnType<PagesApi[M]>;
  }
}

/**
 * `{ constellation: 1, configChanged: true }`: the background changed the needs, the self-profile or
 * the settings (any tab's write, an import); an open options page takes the new values. Returns the
 * unsubscribe.
 */
export function onConfigChanged(listener: () => void): () => void {
  const handle = (message: unknown) => {
    const m = message as { constellation?: unknown; configChanged?: unknown } | null;
    if (m?.constellation === 1 && m.configChanged === true) listener();
  };
  browser.runtime.onMessage.addListener(handle);
  return () => browser.runtime.onMessage.removeListener(handle);
}

/**
 * Import progress the background posts to extension pages as `{ constellation: 1, progress }`
 * runtime messages while it writes a Connections.csv; returns the unsubscribe.
 */
export function onImportProgress(listener: (done: number, total: number) => void): () => void {
  const handle = (message: unknown) => {
    const p = (message as { constellation?: unknown; progress?: { done?: unknown; total?: unknown } } | null)
      ?.progress;
    if ((message as { constellation?: unknown })?.constellation !== 1 || !p) return;
    if (typeof p.done === 'number' && typeof p.total === 'number') listener(p.done, p.total);
  };
  browser.runtime.onMessage.addListener(handle);
  return () => browser.runtime.onMessage.removeListener(handle);
}
