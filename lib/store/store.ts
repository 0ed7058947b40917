import type {
  Api,
  Backup,
  BackupReminder,
  Boldness,
  FollowUp,
  ImportOptions,
  ImportResult,
  NeedsMap,
  NetworkSuggestion,
  PageStart,
  PageTags,
  PipelinePage,
  PipelineQuery,
  StageChange,
  Touch,
} from '../api';
import { describeIssues, settingsSchema } from '../backup/schema';
import type {
  Card,
  MatchResult,
  Need,
  NeedId,
  OutreachEvent,
  Person,
  Profile,
  SelfProfile,
  Settings,
  Stage,
  UserConfig,
} from '../domain';
import { LABEL_WORDS } from '../label-words';
import { createMatcher } from '../match';
import { needNames } from '../need-names';
import { isBuiltInNeed } from '../needs-catalog';
import { mentoringAgreement } from '../pipeline/agreement';
import { backupReminder } from '../pipeline/backup-reminder';
import { boldness } from '../pipeline/boldness';
import { followUpsDue } from '../pipeline/follow-ups';
import { isInPipeline } from '../pipeline/in-pipeline';
import { needsCoverage } from '../pipeline/needs-coverage';
import { notesSentInWindow } from '../pipeline/note-budget';
import { pipelineCsv } from '../pipeline/pipeline-csv';
import { pageOf } from '../pipeline/pipeline-page';
import type { Progress } from './apply-connections';
import { readConfig, readSettings } from './config';
import { readChunks, withoutShadowed } from './connection-chunks';
import { DB_NAME, type Db, type KvStore, openDb } from './db';
import { byTime } from './event-id';
import { importFile } from './import-file';
import { networkSuggestions } from './network';
import { getPerson } from './people-table';
import { feedback, logTouch, moveStage, savePerson } from './person-ops';
import { pageFromIndex } from './pipeline-page';
import { type Problems, readAll, readEvent, readPerson } from './records';

export interface StoreOptions {
  /** Database name; tests and benchmarks use their own. */
  name?: string;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /**
   * Keep the pipeline lists in memory between writes. Only for a sole writer (the background):
   * another Store writing to the same database would not be seen.
   */
  cache?: boolean;
}

/**
 * The Api over IndexedDB. The background holds one; tests make one per fake IDBFactory. Every
 * write is a single readwrite transaction that reads what it changes, so concurrent writers (two
 * tabs, two Store instances) are serialised by IndexedDB and nothing is lost.
 */
export class Store implements Api {
  private db: Promise<Db> | null = null;
  private readonly issues = new Set<string>();
  private readonly name: string;
  /** The store's clock (fixed in tests); the background's rules read it too. */
  readonly now: () => Date;

  constructor(
    private readonly factory: IDBFactory,
    options: StoreOptions = {},
  ) {
    this.name = options.name ?? DB_NAME;
    this.now = options.now ?? (() => new Date());
    this.caching = options.cache ?? false;
  }

  private readonly caching: boolean;
  private generation = 0;
  private readonly memo = new Map<string, { generation: number; value: Promise<unknown> }>();

  /** A read kept until the next write through this Store (when caching). */
  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.caching) return load();
    const hit = this.memo.get(key);
    if (hit && hit.generation === this.generation) return hit.value as Promise<T>;
    const value = load();
    this.memo.set(key, { generation: this.generation, value });
    value.catch(() => this.memo.delete(key));
    return value;
  }

  /** Marks people or history as changing: before (reads from now on miss) and after (reads during it too). */
  private changes<T>(work: Promise<T>): Promise<T> {
    this.generation++;
    return work.finally(() => {
      this.generation++;
    });
  }

  private open(): Promise<Db> {
    this.db ??= openDb(this.factory, this.name).catch((error) => {
      this.db = null; // a blocked or failed open may succeed next time
      throw error;
    });
    return this.db;
  }

  /** Where skipped records are reported: problems() lists them for the UI. */
  private sink(): Problems {
    return {
      push: (...items: string[]) => {
        for (const item of items) this.issues.add(item);
        return this.issues.size;
      },
    };
  }

  async close(): Promise<void> {
    if (this.db) (await this.db).close();
    this.db = null;
  }

  async getConfig(): Promise<UserConfig> {
    const db = await this.open();
    return readConfig(db.transaction(['kv', 'needs']), this.sink());
  }

  // The self-profile and the needs change what connections are suggested (cached): writes too.
  async saveSelf(self: SelfProfile): Promise<void> {
    await this.changes(this.open().then((db) => db.put('kv', self, 'self')));
  }

  async saveNeeds(needs: Need[]): Promise<void> {
    await this.changes(
      this.open().then((db) => {
        const tx = db.transaction('needs', 'readwrite');
        return Promise.all([...needs.map((n) => tx.store.put(n)), tx.done]);
      }),
    );
  }

  async deleteNeed(id: NeedId): Promise<void> {
    await this.changes(this.hideOrDelete(id));
  }

  private async hideOrDelete(id: NeedId): Promise<void> {
    const db = await this.open();
    const tx = db.transaction('needs', 'readwrite');
    if (isBuiltInNeed(id)) {
      // Built-in needs keep their id for ever (backups and tags refer to it): hide instead.
      const stored = await tx.store.get(id);
      tx.store.put({ ...(stored ?? { id, status: 'unmet', ask: '', keywords: [] }), hidden: true });
    } else tx.store.delete(id);
    await tx.done;
  }

  async saveSettings(patch: Partial<Settings>): Promise<Settings> {
    const db = await this.open();
    const tx = db.transaction('kv', 'readwrite');
    const kv = tx.store as unknown as KvStore;
    const next = { ...readSettings(await kv.get('settings'), this.sink()), ...patch };
    const checked = settingsSchema.safeParse(next);
    if (!checked.success) {
      tx.abort();
      await tx.done.catch(() => {});
      throw new Error(`Settings not saved: ${describeIssues(checked.error, 3).join('; ')}`);
    }
    await Promise.all([kv.put(next, 'settings'), tx.done]);
    return next;
  }

  async tagProfile(profile: Profile): Promise<MatchResult & { person: Person | null }> {
    const db = await this.open();
    const [matcher, raw] = await Promise.all([
      this.matcher(),
      getPerson(db.transaction(['people', 'network']), profile.slug, false),
    ]);
    const person = raw ? readPerson(this.sink())(raw) : null;
    const rejected = person?.rejected ?? [];
    const result = matcher.profile(profile, rejected);
    return {
      tags: result.tags.filter((t) => !rejected.includes(t.need)),
      labels: result.labels,
      person: person && isInPipeline(person) ? person : null,
    };
  }

  async tagCards(cards: Card[]): Promise<Record<string, MatchResult>> {
    // A list brings up to 100 strangers at a time: compile the needs once per change, and look up
    // only the cards we hold a record for (a tag the user rejected), not every card one by one.
    const [matcher, known] = await Promise.all([this.matcher(), this.knownSlugs()]);
    const ours = cards.filter((c) => known.has(c.slug));
    const rejected = new Map<string, readonly NeedId[]>();
    if (ours.length) {
      const tx = (await this.open()).transaction(['people', 'network']);
      const raws = await Promise.all(ours.map((c) => getPerson(tx, c.slug, false)));
      const read = readPerson(this.sink());
      ours.forEach((c, i) => {
        rejected.set(c.slug, (raws[i] ? read(raws[i]) : null)?.rejected ?? []);
      });
    }
    const out: Record<string, MatchResult> = {};
    for (const card of cards) {
      const no = rejected.get(card.slug) ?? [];
      const result = matcher.card(card);
      out[card.slug] = { tags: result.tags.filter((t) => !no.includes(t.need)), labels: result.labels };
    }
    return out;
  }

  /** The matcher for the needs as they are now, compiled once per change (when caching). */
  private matcher(): Promise<ReturnType<typeof createMatcher>> {
    return this.cached('matcher', async () => createMatcher(await this.getConfig()));
  }

  /** Slugs with a record of their own (pipeline or acted-on network people), keys only. */
  private knownSlugs(): Promise<ReadonlySet<string>> {
    return this.cached('known-slugs', async () => {
      const db = await this.open();
      const [people, network] = await Promise.all([db.getAllKeys('people'), db.getAllKeys('network')]);
      return new Set([...people, ...network].map(String));
    });
  }

  async savePerson(profile: Partial<Profile> & { slug: string }, needs: NeedId[]): Promise<Person> {
    return this.changes(this.open().then((db) => savePerson(db, profile, needs, this.now(), this.sink())));
  }

  async feedback(slug: string, need: NeedId, verdict: 'confirm' | 'reject'): Promise<void> {
    await this.changes(this.open().then((db) => feedback(db, slug, need, verdict, this.now(), this.sink())));
  }

  /** People known but not in the pipeline (connections, tags only judged), valid records only. */
  private async networkPeople(): Promise<Person[]> {
    const db = await this.open();
    const tx = db.transaction(['network', 'connections', 'people']);
    const [network, chunked, inPipeline] = await Promise.all([
      tx.objectStore('network').getAll(),
      readChunks(tx) as Promise<Person[]>,
      tx.objectStore('people').getAllKeys(),
    ]);
    // A chunk copy of someone saved since the last import is shadowed by their own record.
    const own = new Set<string>([...network.map((p) => p.slug), ...inPipeline]);
    const people = [...network, ...chunked.filter((p) => !own.has(p?.slug))];
    return readAll(people, readPerson(this.sink()));
  }

  /** People in the pipeline, most recently changed first (connections not acted on are in listNetwork). */
  async listPeople(): Promise<Person[]> {
    const people = await this.cached('people', async () => {
      const db = await this.open();
      const list = readAll(await db.getAll('people'), readPerson(this.sink())).filter(isInPipeline);
      return list.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    });
    return [...people];
  }

  async pipelinePage(query: PipelineQuery): Promise<PipelinePage> {
    if (query.need || query.query?.trim()) return pageOf(await this.listPeople(), query);
    // The popup's first question, asked on every open: kept between writes like the lists.
    const key = `page:${query.stage ?? ''}:${query.limit}`;
    const page = await this.cached(key, async () => pageFromIndex(await this.open(), query, this.sink()));
    return { counts: { ...page.counts }, people: [...page.people] };
  }

  /** The history, oldest first (sorted here: cheaper than walking the 'at' index). */
  async listEvents(slug?: string): Promise<OutreachEvent[]> {
    if (slug === undefined) {
      const all = await this.cached('events', async () => {
        const db = await this.open();
        return readAll(await db.getAll('outreach'), readEvent(this.sink())).sort(byTime);
      });
      return [...all];
    }
    const db = await this.open();
    return readAll(await db.getAllFromIndex('outreach', 'slug', slug), readEvent(this.sink())).sort(byTime);
  }

  async moveStage(slug: string, stage: Stage, change: StageChange = {}): Promise<Person> {
    return this.changes(
      this.open().then((db) => moveStage(db, slug, stage, change, this.now(), this.sink())),
    );
  }

  async logTouch(slug: string, touch: Touch): Promise<Person> {
    return this.changes(this.open().then((db) => logTouch(db, slug, touch, this.now(), this.sink())));
  }

  async exportBackup(): Promise<Backup> {
    const db = await this.open();
    const problems = this.sink();
    const tx = db.transaction(['kv', 'needs', 'people', 'network', 'connections', 'outreach'], 'readwrite');
    const [config, pipeline, network, chunked, outreach] = await Promise.all([
      readConfig(tx, problems),
      tx.objectStore('people').getAll(),
      tx.objectStore('network').getAll(),
      readChunks(tx) as Promise<Person[]>,
      tx.objectStore('outreach').index('at').getAll(),
    ]);
    const exportedAt = this.now().toISOString();
    const settings = { ...config.settings, lastExportAt: exportedAt };
    await Promise.all([(tx.objectStore('kv') as KvStore).put(settings, 'settings'), tx.done]);
    return {
      format: 'constellation-backup',
      version: 1,
      exportedAt,
      self: config.self,
      needs: config.needs,
      people: readAll(withoutShadowed([...pipeline, ...network], chunked), readPerson(problems)),
      outreach: readAll(outreach, readEvent(problems)),
      settings,
      ...(config.weights ? { weights: config.weights } : {}),
    };
  }

  async importFile(
    fileName: string,
    text: string,
    options: ImportOptions & { onProgress?: Progress } = {},
  ): Promise<ImportResult> {
    return this.changes(
      this.open().then((db) => importFile(db, fileName, text, options, this.now().toISOString())),
    );
  }

  async followUps(now?: string): Promise<FollowUp[]> {
    const [config, people, events] = await Promise.all([
      this.getConfig(),
      this.listPeople(),
      this.listEvents(),
    ]);
    return followUpsDue(people, events, { noReplyDays: config.settings.followUpDays }, this.at(now));
  }

  async needsMap(): Promise<NeedsMap> {
    const [config, people] = await Promise.all([this.getConfig(), this.listPeople()]);
    return needsCoverage(config.needs, people);
  }

  async boldness(): Promise<Boldness> {
    const [config, people] = await Promise.all([this.getConfig(), this.listPeople()]);
    return boldness(config.self, people);
  }

  async agreement(slug: string): Promise<string> {
    const db = await this.open();
    const raw = await db.get('people', slug);
    // (Only pipeline people: an agreement is for a relationship that is under way.)
    const person = raw ? readPerson(this.sink())(raw) : null;
    if (!person) throw new Error(`${slug} is not in your pipeline.`);
    const [config, events] = await Promise.all([this.getConfig(), this.listEvents(slug)]);
    return mentoringAgreement(config.self, person, config.needs, events, this.now());
  }

  async notesSentLast30Days(now?: string): Promise<number> {
    return notesSentInWindow(await this.listEvents(), this.at(now));
  }

  async exportPipelineCsv(): Promise<string> {
    const [config, people, events] = await Promise.all([
      this.getConfig(),
      this.listPeople(),
      this.listEvents(),
    ]);
    return pipelineCsv(people, events, config.needs);
  }

  async backupReminder(now?: string): Promise<BackupReminder> {
    // Connections are left out: LinkedIn's export brings them back, a backup is for the user's own work.
    const [config, people, events] = await Promise.all([
      this.getConfig(),
      this.listPeople(),
      this.listEvents(),
    ]);
    return backupReminder(config.settings, people, events, this.at(now));
  }

  async listNetwork(limit = 100): Promise<{ total: number; suggestions: NetworkSuggestion[] }> {
    // Matching every connection takes a second at 90,000: once per change, not once per popup open.
    // The needs it matches against change through saveNeeds and saveSelf, which are writes too.
    return this.cached(`network:${limit}`, async () => {
      const [config, people] = await Promise.all([this.getConfig(), this.networkPeople()]);
      return networkSuggestions(config, people, limit);
    }).then(({ total, suggestions }) => ({ total, suggestions: [...suggestions] }));
  }

  // Tabs, the badge and extension pages belong to the background, which answers these itself (it
  // knows the sender's tab); a bare Store (tests, commands) has no browser to show them in.
  async setPageTags(_page: PageTags | null): Promise<void> {}
  async currentPageTags(): Promise<PageTags | null> {
    return null;
  }
  async openDrafter(_slug: string, _need: NeedId | null): Promise<void> {}
  async openNeedsMap(): Promise<void> {}
  async fillMessageBox(): Promise<null> {
    return null;
  }
  async diagnosePage(): Promise<null> {
    return null;
  }
  /** Need names only: the background adds the styles, which a store outside the browser lacks. */
  async pageStart(withUi: boolean): Promise<PageStart> {
    const { settings, needs } = await this.getConfig();
    const ui = withUi
      ? { panelCss: '', chipsCss: '', needNames: needNames(needs), labelWords: LABEL_WORDS }
      : null;
    return { quietMode: settings.quietMode, panelCollapsed: settings.panelCollapsed, ui };
  }

  /** Small bookkeeping of the background's own (e.g. when it last notified); not part of backups. */
  async meta(): Promise<Record<string, unknown>> {
    const db = await this.open();
    const raw = await db.get('kv', 'meta');
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  }

  async saveMeta(patch: Record<string, unknown>): Promise<void> {
    const db = await this.open();
    const tx = db.transaction('kv', 'readwrite');
    const kv = tx.store as unknown as KvStore;
    const raw = await kv.get('meta');
    const base = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
    await Promise.all([kv.put({ ...base, ...patch }, 'meta'), tx.done]);
  }

  async problems(): Promise<string[]> {
    return [...this.issues];
  }

  private at(now?: string): Date {
    return now && !Number.isNaN(Date.parse(now)) ? new Date(now) : this.now();
  }
}
