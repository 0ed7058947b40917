import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Need, SelfProfile, Settings } from '../../../lib/domain';
import type { ImportResult } from '../../../lib/import/types';
import type { PagesApi } from '../../../lib/messages/pages';
import { Store, type StoreOptions } from '../../../lib/store/store';
import { storePages } from '../../store/store-pages';

export type Seed = { needs?: Need[]; self?: SelfProfile; settings?: Partial<Settings> };

/**
 * The real Store over a fresh fake IndexedDB, seen through a recorder: tests check what the UI
 * sent (calls), make a method fail on purpose (failing), or stand in one import result
 * (nextImport) for outcomes a real file cannot easily produce.
 */
export class TestApi {
  readonly store: Store;
  /** `factory`: the store's own IndexedDB (tests damage records behind its back; a second tab shares it). */
  constructor(
    readonly factory = new IDBFactory(),
    options: StoreOptions = {},
  ) {
    this.store = new Store(factory, options);
  }

  /** A second options tab on the same database: its own Store (connection) and its own recorder. */
  static secondTab(of: TestApi): TestApi {
    return new TestApi(of.factory);
  }
  calls: { method: string; args: unknown[] }[] = [];
  failing: Partial<Record<string, string>> = {};
  nextImport: ImportResult | null = null;
  /** Stand-in answers for a method, for states a fresh store cannot be in. */
  answers: Partial<Record<string, unknown>> = {};

  /** Onboarded unless the seed says otherwise, as most of the page is for onboarded users. */
  static async create(seed: Seed = {}, options: StoreOptions = {}): Promise<TestApi> {
    const api = new TestApi(undefined, options);
    await api.store.saveSettings({ onboarded: true, ...seed.settings });
    if (seed.needs) await api.store.saveNeeds(seed.needs);
    if (seed.self) await api.store.saveSelf(seed.self);
    return api;
  }

  callsOf(method: string) {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  config() {
    return this.store.getConfig();
  }

  async need(id: string): Promise<Need | undefined> {
    return (await this.store.getConfig()).needs.find((n) => n.id === id);
  }

  asApi(): PagesApi {
    return new Proxy(storePages(this.store), {
      get: (store, key: string) => {
        const method = (store as unknown as Record<string, unknown>)[key];
        if (typeof method !== 'function') return method;
        return (...args: unknown[]) => {
          this.calls.push({ method: key, args: structuredClone(args) });
          const failure = this.failing[key];
          if (failure) return Promise.reject(new Error(failure));
          if (key === 'importFile' && this.nextImport) return Promise.resolve(this.nextImport);
          if (key in this.answers) return Promise.resolve(this.answers[key]);
          return method.apply(store, args);
        };
      },
    });
  }
}
