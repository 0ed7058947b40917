import type { Card, NeedId, NeedPatch, Profile, SelfProfile, Settings, Stage } from '../domain';
import type { ImportOptions } from '../import/types';
import type { PipelineQuery, StageChange, Touch } from '../pipeline/types';
import type { Progress } from './apply-connections';
import { importFile } from './apply-import';
import * as config from './config-writes';
import { damageOf, type Part, rawExport, resetPart } from './damage';
import { exportBackup } from './export-backup';
import * as ops from './person-ops';
import * as read from './read-models';
import { Storage, type StoreOptions } from './storage';
import { tagCards, tagProfile } from './tagging';

export type { StoreOptions } from './storage';

/**
 * The data our pages ask for (lib/messages/pages.ts), over IndexedDB. The background holds one; tests make one per fake IDBFactory. Each
 * method is one line into the file that does that job: storage.ts (open, cache, problems),
 * config-writes.ts, tagging.ts, person-ops.ts, read-models.ts, export-backup.ts, apply-import.ts.
 * Every write is a single readwrite transaction that reads what it changes, so concurrent writers
 * (two tabs, two Store instances) are serialised by IndexedDB and nothing is lost.
 */
export class Store {
  private readonly s: Storage;
  /** The store's clock (fixed in tests); the background's rules read it too. */
  readonly now: () => Date;

  constructor(factory: IDBFactory, options: StoreOptions = {}) {
    this.s = new Storage(factory, options);
    this.now = this.s.now;
  }

  close() {
    return this.s.close();
  }
  getConfig() {
    return config.getConfig(this.s);
  }
  saveSelf(patch: Partial<SelfProfile>) {
    return config.saveSelf(this.s, patch);
  }
  saveNeeds(patches: NeedPatch[]) {
    return config.saveNeeds(this.s, patches);
  }
  deleteNeed(id: NeedId) {
    return config.deleteNeed(this.s, id);
  }
  saveSettings(patch: Partial<Settings>) {
    return config.saveSettings(this.s, patch);
  }
  meta() {
    return config.meta(this.s);
  }
  saveMeta(patch: Record<string, unknown>) {
    return config.saveMeta(this.s, patch);
  }

  tagProfile(profile: Profile) {
    return tagProfile(this.s, profile);
  }
  tagCards(cards: Card[]) {
    return tagCards(this.s, cards);
  }

  savePerson(profile: Partial<Profile> & { slug: string }, needs: NeedId[]) {
    return this.write((db) => ops.savePerson(db, profile, needs, this.now(), this.s.sink(), this.s.caps));
  }
  async feedback(slug: string, need: NeedId, verdict: 'confirm' | 'reject'): Promise<void> {
    await this.write((db) => ops.feedback(db, slug, need, verdict, this.now(), this.s.sink(), this.s.caps));
  }
  moveStage(slug: string, stage: Stage, change: StageChange = {}) {
    return this.write((db) => ops.moveStage(db, slug, stage, change, this.now(), this.s.sink(), this.s.caps));
  }
  logTouch(slug: string, touch: Touch) {
    return this.write((db) => ops.logTouch(db, slug, touch, this.now(), this.s.sink(), this.s.caps));
  }

  listPeople() {
    return read.listPeople(this.s);
  }
  pipelinePage(query: PipelineQuery) {
    return read.pipelinePage(this.s, query);
  }
  listEvents(slug?: string) {
    return read.listEvents(this.s, slug);
  }
  followUps(now?: string) {
    return read.followUps(this.s, now);
  }
  needsMap() {
    return read.needsMap(this.s);
  }
  boldness() {
    return read.boldnessOf(this.s);
  }
  agreement(slug: string) {
    return read.agreement(this.s, slug);
  }
  notesSentLast30Days(now?: string) {
    return read.notesSentLast30Days(this.s, now);
  }
  exportPipelineCsv() {
    return read.exportPipelineCsv(this.s);
  }
  backupReminder(now?: string) {
    return read.backupReminderOf(this.s, now);
  }
  listNetwork(limit = 100) {
    return read.listNetwork(this.s, limit);
  }

  exportBackup() {
    return exportBackup(this.s);
  }
  importFile(fileName: string, text: string, options: ImportOptions & { onProgress?: Progress } = {}) {
    return importFile(this.s, fileName, text, options);
  }

  /** Records that could not be read and were skipped, one line each. */
  async problems() {
    return this.s.problems();
  }

  /** Which kinds of record hold records that cannot be read, and why. */
  damage() {
    return damageOf(this.s);
  }
  /** Everything stored, as it is (one kind, or all): export works whatever is damaged. */
  rawExport(part?: Part) {
    return rawExport(this.s, part);
  }
  /** Deletes only the unreadable records of one kind; returns how many went. */
  resetPart(part: Part) {
    return resetPart(this.s, part);
  }

  /** A person operation: one transaction, and every cached read starts again. */
  private write<T>(work: (db: Awaited<ReturnType<Storage['open']>>) => Promise<T>) {
    return this.s.changes(this.s.open().then(work));
  }
}
