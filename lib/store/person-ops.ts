import { LIMITS } from '../caps';
import type { NeedId, OutreachEvent, Person, Profile, Stage } from '../domain';
import { applyFeedback, fullProfile, matchDetailed, matchProfile } from '../match';
import { applyStageMove } from '../pipeline/stage-move';
import type { StageChange, Touch } from '../pipeline/types';
import { cleanPerson, cleanProfile, cleanTexts } from '../text/clean-records';
import { COUNTS, type Counts, fitsText, roomForEvents, roomForPeople } from './caps';
import { readConfig } from './config';
import type { Db, KvStore } from './db';
import { eventId } from './event-id';
import { getPerson, putPerson } from './people-table';
import { blankPerson } from './person-shape';
import { type Problems, readPerson } from './records';

// Each operation is one readwrite transaction holding the read and the write, so two tabs writing
// at once are serialised by IndexedDB and neither loses the other's change.

const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];

export async function savePerson(
  db: Db,
  given: Partial<Profile> & { slug: string },
  needs: NeedId[],
  now: Date,
  problems: Problems,
  caps: Counts = COUNTS,
): Promise<Person> {
  const at = now.toISOString();
  // The door: a page's text is cleaned as the reader's is, whoever sent it.
  const profile = cleanProfile(given);
  const tx = db.transaction(['kv', 'needs', 'people', 'network', 'connections', 'outreach'], 'readwrite');
  const [config, raw] = await Promise.all([readConfig(tx, problems), getPerson(tx, profile.slug)]);
  const stored = raw ? readPerson(problems)(raw) : null;
  // Checked before anything is put: a refused save writes nothing.
  if (!raw) await roomForPeople(tx, 1, profile.name ?? given.slug, caps.people);
  const base = stored ?? { ...blankPerson(profile.slug, at), source: 'page' as const };
  const rejected = base.rejected;
  const match = matchProfile(config, fullProfile({ ...base.snapshot, ...profile }), rejected);
  const wanted = needs.filter((n) => !rejected.includes(n));
  const entering = !stored || stored.inPipeline === false;
  if (entering) await roomForEvents(tx, 1, caps.events);
  // Cut to the backup schema's caps: a longer record would be written and then be unreadable.
  const person: Person = cleanPerson({
    ...base,
    name: profile.name ?? base.name,
    headline: profile.headline ?? base.headline,
    company: profile.company ?? base.company,
    degree: profile.degree ?? base.degree,
    snapshot: { ...base.snapshot, ...profile },
    needs: union(base.needs, wanted),
    tags: match.tags.filter((t) => !rejected.includes(t.need)),
    labels: match.labels,
    inPipeline: true,
    updatedAt: at,
  });
  const writes = [putPerson(tx, person)];
  if (entering)
    writes.push(
      tx
        .objectStore('outreach')
        .put({ id: eventId(at), slug: person.slug, stage: person.stage, at, needs: person.needs }),
    );
  await Promise.all([...writes, tx.done]);
  return person;
}

/**
 * A verdict on one tag. Someone not in the pipeline still gets a (not-in-pipeline) record: it is
 * the only way to remember that this need stays rejected for this person.
 */
export async function feedback(
  db: Db,
  slug: string,
  need: NeedId,
  verdict: 'confirm' | 'reject',
  now: Date,
  problems: Problems,
  caps: Counts = COUNTS,
): Promise<Person> {
  const at = now.toISOString();
  const tx = db.transaction(['kv', 'needs', 'people', 'network', 'connections'], 'readwrite');
  const [config, raw] = await Promise.all([readConfig(tx, problems), getPerson(tx, slug)]);
  // A verdict on someone never stored makes a record of its own: a person like any other.
  if (!raw) await roomForPeople(tx, 1, slug, caps.people);
  const person = (raw ? readPerson(problems)(raw) : null) ?? blankPerson(slug, at);
  const next: Person =
    verdict === 'reject'
      ? {
          ...person,
          rejected: union(person.rejected, [need]),
          confirmed: person.confirmed.filter((n) => n !== need),
          needs: person.needs.filter((n) => n !== need),
          tags: person.tags.filter((t) => t.need !== need),
          updatedAt: at,
        }
      : {
          ...person,
          confirmed: union(person.confirmed, [need]),
          rejected: person.rejected.filter((n) => n !== need),
          updatedAt: at,
        };
  const writes = [putPerson(tx, next)];
  // The matcher learns from the verdict through the evidence that made this tag, re-read from the
  // last snapshot (without one, e.g. a card never opened, only this person's verdict is kept).
  if (person.snapshot) {
    const tag = matchDetailed(config, fullProfile({ ...person.snapshot, slug })).tags.find(
      (t) => t.need === need,
    );
    if (tag?.evidence.length)
      writes.push(
        (tx.objectStore('kv') as KvStore).put(
          applyFeedback(config.weights ?? {}, tag.evidence, verdict),
          'weights',
        ),
      );
  }
  await Promise.all([...writes, tx.done]);
  return next;
}

async function change(
  db: Db,
  slug: string,
  problems: Problems,
  caps: Counts,
  step: (person: Person) => { person: Person; event: OutreachEvent },
): Promise<Person> {
  const tx = db.transaction(['people', 'network', 'connections', 'outreach'], 'readwrite');
  const raw = await getPerson(tx, slug);
  const person = raw ? readPerson(problems)(raw) : null;
  if (!person) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new Error(`${slug} is not in your pipeline yet: save them from their profile first.`);
  }
  await roomForEvents(tx, 1, caps.events);
  const next = step(person);
  await Promise.all([putPerson(tx, next.person), tx.objectStore('outreach').put(next.event), tx.done]);
  return next.person;
}

// Async, so a text refused by fitTexts is a rejection like any other.
export async function moveStage(
  db: Db,
  slug: string,
  stage: Stage,
  change_: StageChange,
  now: Date,
  problems: Problems,
  caps: Counts = COUNTS,
) {
  fitTexts(change_);
  return change(db, slug, problems, caps, (person) =>
    applyStageMove(person, stage, cleanTexts(change_), now, eventId(now.toISOString())),
  );
}

/** A note or message past its cap is refused with the reason, never cut behind the user's back. */
function fitTexts(given: { text?: string; note?: string }) {
  fitsText(given.text, LIMITS.event.text, 'message');
  fitsText(given.note, LIMITS.event.note, 'note');
}

export async function logTouch(
  db: Db,
  slug: string,
  raw: Touch,
  now: Date,
  problems: Problems,
  caps: Counts = COUNTS,
) {
  fitTexts(raw);
  const touch = cleanTexts(raw);
  if (touch.kind === 'next-date' && (!touch.nextAt || Number.isNaN(Date.parse(touch.nextAt))))
    throw new Error('Pick the date of the next meeting.');
  return change(db, slug, problems, caps, (person) => {
    const at = now.toISOString();
    const event: OutreachEvent = {
      id: eventId(at),
      slug,
      stage: person.stage,
      at,
      needs: person.needs,
      kind: touch.kind,
      ...(touch.nextAt ? { nextAt: new Date(touch.nextAt).toISOString() } : {}),
      ...(touch.channel ? { channel: touch.channel } : {}),
      ...(touch.text ? { text: touch.text } : {}),
      ...(touch.note ? { note: touch.note } : {}),
    };
    return { person: { ...person, inPipeline: true, updatedAt: at }, event };
  });
}
