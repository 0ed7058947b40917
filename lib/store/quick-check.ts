import { CHANNELS, LABELS, NEED_IDS, STAGES, TOUCH_KINDS } from '../domain';
import { SLUG } from '../linkedin-url';

// A hand-written pass over the shapes the UI relies on, ~10× faster than zod: listing 5,000
// people and 20,000 events must fit the popup's 150 ms. A record that passes is used as stored;
// one that does not goes through zod, which fills defaults or reports exactly what is wrong.
// Every check here is at least as strict as the zod schema in lib/backup/schema.ts.

type Rec = Record<string, unknown>;

const BUILT_IN = new Set<string>(NEED_IDS);
const STAGE = new Set<unknown>(STAGES);
const CHANNEL = new Set<unknown>(CHANNELS);
const LABEL = new Set<unknown>(LABELS);
const KIND = new Set<unknown>(TOUCH_KINDS);
const CLOSED = new Set<unknown>(['declined', 'no-reply', 'other']);
const SOURCE = new Set<unknown>(['page', 'connections-csv', 'import']);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const CUSTOM = /^custom-[a-z0-9-]{1,60}$/;

const str = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
const optStr = (v: unknown, max: number) => v === undefined || str(v, max);
const iso = (v: unknown) => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v));
const needId = (v: unknown) => typeof v === 'string' && (BUILT_IN.has(v) || CUSTOM.test(v));
const needIds = (v: unknown) => Array.isArray(v) && v.every(needId);
const isObject = (v: unknown): v is Rec => !!v && typeof v === 'object' && !Array.isArray(v);

function tag(v: unknown): boolean {
  if (!isObject(v) || !needId(v.need)) return false;
  const s = v.strength;
  return (
    typeof s === 'number' &&
    s >= 0 &&
    s <= 1 &&
    Array.isArray(v.reasons) &&
    v.reasons.length <= 50 &&
    v.reasons.every((r) => str(r, 500))
  );
}

export function quickPerson(v: unknown): boolean {
  if (!isObject(v)) return false;
  const d = v.degree;
  return (
    typeof v.slug === 'string' &&
    SLUG.test(v.slug) &&
    str(v.name, 300) &&
    str(v.headline, 1000) &&
    str(v.company, 300) &&
    str(v.notes, 20_000) &&
    (d === null || d === 1 || d === 2 || d === 3) &&
    STAGE.has(v.stage) &&
    (v.closedReason === undefined || CLOSED.has(v.closedReason)) &&
    needIds(v.needs) &&
    needIds(v.rejected) &&
    needIds(v.confirmed) &&
    Array.isArray(v.tags) &&
    v.tags.length <= 100 &&
    v.tags.every(tag) &&
    Array.isArray(v.labels) &&
    v.labels.every((l) => LABEL.has(l)) &&
    SOURCE.has(v.source) &&
    (v.inPipeline === undefined || typeof v.inPipeline === 'boolean') &&
    (v.snapshot === undefined || isObject(v.snapshot)) &&
    iso(v.createdAt) &&
    iso(v.updatedAt)
  );
}

export function quickEvent(v: unknown): boolean {
  if (!isObject(v)) return false;
  return (
    typeof v.id === 'string' &&
    v.id.length >= 1 &&
    v.id.length <= 100 &&
    typeof v.slug === 'string' &&
    SLUG.test(v.slug) &&
    STAGE.has(v.stage) &&
    (v.closedReason === undefined || CLOSED.has(v.closedReason)) &&
    iso(v.at) &&
    (v.channel === undefined || CHANNEL.has(v.channel)) &&
    optStr(v.text, 20_000) &&
    optStr(v.note, 5000) &&
    needIds(v.needs) &&
    (v.kind === undefined || KIND.has(v.kind)) &&
    (v.nextAt === undefined || iso(v.nextAt))
  );
}
