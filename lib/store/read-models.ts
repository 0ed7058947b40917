import type { OutreachEvent, Person } from '../domain';
import { mentoringAgreement } from '../pipeline/agreement';
import type { BackupReminder } from '../pipeline/backup-reminder';
import { backupReminder } from '../pipeline/backup-reminder';
import type { Boldness } from '../pipeline/boldness';
import { boldness } from '../pipeline/boldness';
import type { FollowUp } from '../pipeline/follow-ups';
import { followUpsDue } from '../pipeline/follow-ups';
import { isInPipeline } from '../pipeline/in-pipeline';
import type { NeedsMap } from '../pipeline/needs-coverage';
import { needsCoverage } from '../pipeline/needs-coverage';
import { notesSentInWindow } from '../pipeline/note-budget';
import { pipelineCsv } from '../pipeline/pipeline-csv';
import { pageOf } from '../pipeline/pipeline-page';
import type { NetworkSuggestion, PipelinePage, PipelineQuery } from '../pipeline/types';
import { changedAt, getConfig } from './config-writes';
import { readChunks } from './connection-chunks';
import { byTime } from './event-id';
import { networkSuggestions } from './network';
import { pageFromIndex } from './pipeline-page';
import { readAll, readEvent, readPerson } from './records';
import type { Storage } from './storage';

// What the popup and the options page show, each computed from validated records by a pure rule
// in lib/pipeline; the lists are kept between writes (when caching). Copies are returned so a
// caller changing one cannot change the cache.

/** People in the pipeline, most recently changed first (connections not acted on are in listNetwork). */
export async function listPeople(s: Storage): Promise<Person[]> {
  const people = await s.cached('people', async () => {
    const db = await s.open();
    const list = readAll(await db.getAll('people'), readPerson(s.sink())).filter(isInPipeline);
    return list.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  });
  return [...people];
}

export async function pipelinePage(s: Storage, query: PipelineQuery): Promise<PipelinePage> {
  if (query.need || query.query?.trim()) return pageOf(await listPeople(s), query);
  // The popup's first question, asked on every open: kept between writes like the lists.
  const key = `page:${query.stage ?? ''}:${query.limit}`;
  const page = await s.cached(key, async () => pageFromIndex(await s.open(), query, s.sink()));
  return { counts: { ...page.counts }, people: [...page.people] };
}

/** The history, oldest first (sorted here: cheaper than walking the 'at' index). */
export async function listEvents(s: Storage, slug?: string): Promise<OutreachEvent[]> {
  if (slug === undefined) {
    const all = await s.cached('events', async () => {
      const db = await s.open();
      return readAll(await db.getAll('outreach'), readEvent(s.sink())).sort(byTime);
    });
    return [...all];
  }
  const db = await s.open();
  return readAll(await db.getAllFromIndex('outreach', 'slug', slug), readEvent(s.sink())).sort(byTime);
}

export async function followUps(s: Storage, now?: string): Promise<FollowUp[]> {
  const [config, people, events] = await Promise.all([getConfig(s), listPeople(s), listEvents(s)]);
  return followUpsDue(people, events, { noReplyDays: config.settings.followUpDays }, s.at(now));
}

export async function needsMap(s: Storage): Promise<NeedsMap> {
  const [config, people] = await Promise.all([getConfig(s), listPeople(s)]);
  return needsCoverage(config.needs, people);
}

export async function boldnessOf(s: Storage): Promise<Boldness> {
  const [config, people] = await Promise.all([getConfig(s), listPeople(s)]);
  return boldness(config.self, people);
}

export async function agreement(s: Storage, slug: string): Promise<string> {
  const db = await s.open();
  const raw = await db.get('people', slug);
  // (Only pipeline people: an agreement is for a relationship that is under way.)
  const person = raw ? readPerson(s.sink())(raw) : null;
  if (!person) throw new Error(`${slug} is not in your pipeline.`);
  const [config, events] = await Promise.all([getConfig(s), listEvents(s, slug)]);
  return mentoringAgreement(config.self, person, config.needs, events, s.now());
}

export async function notesSentLast30Days(s: Storage, now?: string): Promise<number> {
  return notesSentInWindow(await listEvents(s), s.at(now));
}

export async function exportPipelineCsv(s: Storage): Promise<string> {
  const [config, people, events] = await Promise.all([getConfig(s), listPeople(s), listEvents(s)]);
  return pipelineCsv(people, events, config.needs);
}

export async function backupReminderOf(s: Storage, now?: string): Promise<BackupReminder> {
  // Connections are left out: LinkedIn's export brings them back, a backup is for the user's own work.
  const [config, people, events, changed] = await Promise.all([
    getConfig(s),
    listPeople(s),
    listEvents(s),
    changedAt(s),
  ]);
  return backupReminder(config.settings, people, events, s.at(now), changed);
}

/** People known but not in the pipeline (connections, tags only judged), valid records only. */
async function networkPeople(s: Storage): Promise<Person[]> {
  const db = await s.open();
  const tx = db.transaction(['network', 'connections', 'people']);
  const [network, chunked, inPipeline] = await Promise.all([
    tx.objectStore('network').getAll(),
    readChunks(tx) as Promise<Person[]>,
    tx.objectStore('people').getAllKeys(),
  ]);
  // A chunk copy of someone saved since the last import is shadowed by their own record.
  const own = new Set<string>([...network.map((p) => p?.slug), ...inPipeline]);
  const people = [...network, ...chunked.filter((p) => !own.has(p?.slug))];
  return readAll(people, readPerson(s.sink()));
}

export function listNetwork(
  s: Storage,
  limit = 100,
): Promise<{ total: number; suggestions: NetworkSuggestion[] }> {
  // Matching every connection takes a second at 90,000: once per change, not once per popup open.
  // The needs it matches against change through saveNeeds and saveSelf, which are writes too.
  return s
    .cached(`network:${limit}`, async () => {
      const [config, people] = await Promise.all([getConfig(s), networkPeople(s)]);
      return networkSuggestions(config, people, limit);
    })
    .then(({ total, suggestions }) => ({ total, suggestions: [...suggestions] }));
}
