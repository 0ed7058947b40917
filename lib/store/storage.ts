import { COUNTS, type Counts } from '../caps';
import { DB_NAME, type Db, openDb } from './db';
import type { Problems } from './records';

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
  /** The most records kept (lib/caps.ts); tests pass small ones. */
  caps?: Partial<Counts>;
}

/**
 * The database as every part of the store sees it: opened once, reads kept between writes (when
 * caching), and one sink for the records that could not be read. Tagging, the read models and
 * imports take this, never the Store, so none of them reaches into another's state.
 */
export class Storage {
  private db: Promise<Db> | null = null;
  private readonly issues = new Set<string>();
  private readonly name: string;
  private readonly caching: boolean;
  private generation = 0;
  private readonly memo = new Map<string, { generation: number; value: Promise<unknown> }>();
  /** The store's clock (fixed in tests); the background's rules read it too. */
  readonly now: () => Date;
  readonly caps: Counts;

  constructor(
    private readonly factory: IDBFactory,
    options: StoreOptions = {},
  ) {
    this.name = options.name ?? DB_NAME;
    this.now = options.now ?? (() => new Date());
    this.caching = options.cache ?? false;
    this.caps = { ...COUNTS, ...options.caps };
  }

  open(): Promise<Db> {
    // A factory that throws at once (IndexedDB unavailable) rejects like one that fails later.
    this.db ??= new Promise<Db>((resolve) => resolve(openDb(this.factory, this.name))).catch((error) => {
      this.db = null; // a blocked or failed open may succeed next time
      throw error;
    });
    return this.db;
  }

  async close(): Promise<void> {
    if (this.db) (await this.db).close();
    this.db = null;
  }

  /** A read kept until the next write through this Store (when caching). */
  cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.caching) return load();
    const hit = this.memo.get(key);
    if (hit && hit.generation === this.generation) return hit.value as Promise<T>;
    const value = load();
    this.memo.set(key, { generation: this.generation, value });
    value.catch(() => this.memo.delete(key));
    return value;
  }

  /** Marks the data as changing: before (reads from now on miss) and after (reads during it too). */
  changes<T>(work: Promise<T>): Promise<T> {
    this.generation++;
    return work.finally(() => {
      this.generation++;
    });
  }

  /** Where skipped records are reported: problems() lists them for the UI. */
  sink(): Problems {
    return {
      push: (...items: string[]) => {
        for (const item of items) this.issues.add(item);
        return this.issues.size;
      },
    };
  }

  problems(): string[] {
    return [...this.issues];
  }

  /** A caller's `now` (ISO, for fixed clocks in tests) or the store's clock. */
  at(now?: string): Date {
    return now && !Number.isNaN(Date.parse(now)) ? new Date(now) : this.now();
  }
}
