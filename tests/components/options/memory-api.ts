import type { Api, Backup, ImportOptions, ImportResult } from '../../../lib/api';
import { backupSchema, describeIssues } from '../../../lib/backup/schema';
import { DEFAULT_SETTINGS, EMPTY_SELF, type Need, type UserConfig } from '../../../lib/domain';
import { defaultNeeds } from '../../../lib/needs-catalog';

/**
 * A small in-memory Api for component tests until the IndexedDB Store lands: it keeps state like
 * the store does (replace needs by id, patch settings) and records every call so tests can check
 * what the UI sent. Methods the options page never calls throw, so a stray call fails loudly.
 */
export class MemoryApi {
  config: UserConfig;
  calls: { method: string; args: unknown[] }[] = [];
  /** Set to make the next calls of that method fail with this message. */
  failing: Partial<Record<string, string>> = {};
  nextImport: ImportResult | null = null;

  constructor(config: Partial<UserConfig> = {}) {
    this.config = {
      self: structuredClone(config.self ?? EMPTY_SELF),
      needs: structuredClone(config.needs ?? defaultNeeds()),
      settings: { ...DEFAULT_SETTINGS, onboarded: true, ...config.settings },
    };
  }

  private record(method: string, args: unknown[]) {
    this.calls.push({ method, args: structuredClone(args) });
    const failure = this.failing[method];
    if (failure) return Promise.reject(new Error(failure));
    return Promise.resolve();
  }

  callsOf(method: string) {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  need(id: string): Need | undefined {
    return this.config.needs.find((n) => n.id === id);
  }

  async getConfig() {
    await this.record('getConfig', []);
    return structuredClone(this.config);
  }
  async saveSelf(self: UserConfig['self']) {
    await this.record('saveSelf', [self]);
    this.config.self = structuredClone(self);
  }
  async saveNeeds(needs: Need[]) {
    await this.record('saveNeeds', [needs]);
    for (const need of needs) {
      const i = this.config.needs.findIndex((n) => n.id === need.id);
      if (i >= 0) this.config.needs[i] = structuredClone(need);
      else this.config.needs.push(structuredClone(need));
    }
  }
  async deleteNeed(id: string) {
    await this.record('deleteNeed', [id]);
    this.config.needs = this.config.needs.filter((n) => n.id !== id);
  }
  async saveSettings(patch: Partial<UserConfig['settings']>) {
    await this.record('saveSettings', [patch]);
    this.config.settings = { ...this.config.settings, ...patch };
    return { ...this.config.settings };
  }
  async exportBackup(): Promise<Backup> {
    await this.record('exportBackup', []);
    const { self, needs, settings } = structuredClone(this.config);
    return { format: 'constellation-backup', version: 1, self, needs, people: [], outreach: [], settings };
  }
  async importFile(fileName: string, text: string, options?: ImportOptions): Promise<ImportResult> {
    await this.record('importFile', [fileName, text, options]);
    if (this.nextImport) return this.nextImport;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, kind: 'unknown', message: `${fileName} is not JSON.`, problems: [] };
    }
    const parsed = backupSchema.safeParse(json);
    if (!parsed.success) {
      return {
        ok: false,
        kind: 'backup',
        message: 'Nothing imported.',
        problems: describeIssues(parsed.error),
      };
    }
    await this.saveNeeds(parsed.data.needs as Need[]);
    return { ok: true, kind: 'backup', message: `Imported ${parsed.data.needs.length} needs.`, problems: [] };
  }

  /** The Api view: everything else throws. */
  asApi(): Api {
    return new Proxy(this, {
      get: (target, key: string) => {
        const value = (target as unknown as Record<string, unknown>)[key];
        if (typeof value === 'function') return value.bind(target);
        return () => Promise.reject(new Error(`MemoryApi: ${key} is not used by the options page`));
      },
    }) as unknown as Api;
  }
}
