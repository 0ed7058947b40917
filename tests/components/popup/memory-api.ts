import type { Api, Backup } from '../../../lib/api';
import {
  DEFAULT_SETTINGS,
  EMPTY_SELF,
  type NeedId,
  type OutreachEvent,
  type Person,
  type UserConfig,
} from '../../../lib/domain';
import { defaultNeeds } from '../../../lib/needs-catalog';
import { applyStageMove } from '../../../lib/pipeline/stage-move';

// An in-memory Api for component tests until the real Store (IndexedDB) can be used here.
export function person(slug: string, patch: Partial<Person> = {}): Person {
  return {
    slug,
    name: slug.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
    headline: '',
    company: '',
    degree: 2,
    stage: 'identified',
    needs: [],
    tags: [],
    labels: [],
    rejected: [],
    confirmed: [],
    notes: '',
    source: 'page',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

export interface MemoryApi extends Api {
  people: Map<string, Person>;
  events: OutreachEvent[];
  config: UserConfig;
}

export function memoryApi(
  people: Person[] = [],
  events: OutreachEvent[] = [],
  config: Partial<UserConfig> = {},
  now = () => new Date('2026-03-01T12:00:00.000Z'),
): MemoryApi {
  const store = new Map(people.map((p) => [p.slug, p]));
  const cfg: UserConfig = {
    self: { ...EMPTY_SELF, name: 'Robin Vale', organization: 'Northwind Labs', seniority: 'mid' },
    needs: defaultNeeds(),
    settings: { ...DEFAULT_SETTINGS },
    ...config,
  };
  let seq = 0;
  const missing = (slug: string) => new Error(`No person ${slug}`);
  const api: MemoryApi = {
    people: store,
    events,
    config: cfg,
    getConfig: async () => structuredClone(cfg),
    saveSelf: async (self) => {
      cfg.self = self;
    },
    saveNeeds: async (needs) => {
      cfg.needs = needs;
    },
    deleteNeed: async (id: NeedId) => {
      cfg.needs = cfg.needs.filter((n) => n.id !== id);
    },
    saveSettings: async (patch) => {
      cfg.settings = { ...cfg.settings, ...patch };
      return cfg.settings;
    },
    tagProfile: async (profile) => ({ tags: [], labels: [], person: store.get(profile.slug) ?? null }),
    tagCards: async () => ({}),
    savePerson: async (profile, needs) => {
      const p = person(profile.slug, { name: profile.name ?? '', needs });
      store.set(p.slug, p);
      return p;
    },
    feedback: async () => undefined,
    listPeople: async () => [...store.values()].map((p) => structuredClone(p)),
    listEvents: async (slug) => events.filter((e) => !slug || e.slug === slug).map((e) => structuredClone(e)),
    moveStage: async (slug, stage, change = {}) => {
      const current = store.get(slug);
      if (!current) throw missing(slug);
      const moved = applyStageMove(current, stage, change, now(), `e${++seq}`);
      store.set(slug, moved.person);
      events.push(moved.event);
      return structuredClone(moved.person);
    },
    exportBackup: async (): Promise<Backup> => ({
      format: 'constellation-backup',
      version: 1,
      self: cfg.self,
      needs: cfg.needs,
      people: [...store.values()],
      outreach: events,
    }),
    importFile: async () => ({ ok: false, kind: 'unknown', message: 'not here', problems: [] }),
    setPageTags: async () => undefined,
    openDrafter: async () => undefined,
    openNeedsMap: async () => undefined,
  };
  return api;
}
