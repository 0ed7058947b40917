import type { Card, MatchResult, NeedId, Person, Profile } from '../domain';
import { createMatcher } from '../match';
import { isInPipeline } from '../pipeline/in-pipeline';
import { getConfig } from './config-writes';
import { getPerson } from './people-table';
import { readPerson } from './records';
import type { Storage } from './storage';

// Matching policy: the user's unmet needs against a page, minus what the user rejected for that
// person. The matcher is compiled once per change of the needs (when caching).

function matcher(s: Storage): Promise<ReturnType<typeof createMatcher>> {
  return s.cached('matcher', async () => createMatcher(await getConfig(s)));
}

/** Slugs with a record of their own (pipeline or acted-on network people), keys only. */
function knownSlugs(s: Storage): Promise<ReadonlySet<string>> {
  return s.cached('known-slugs', async () => {
    const db = await s.open();
    const [people, network] = await Promise.all([db.getAllKeys('people'), db.getAllKeys('network')]);
    return new Set([...people, ...network].map(String));
  });
}

export async function tagProfile(
  s: Storage,
  profile: Profile,
): Promise<MatchResult & { person: Person | null }> {
  const db = await s.open();
  const [match, raw] = await Promise.all([
    matcher(s),
    getPerson(db.transaction(['people', 'network']), profile.slug, false),
  ]);
  const person = raw ? readPerson(s.sink())(raw) : null;
  const rejected = person?.rejected ?? [];
  const result = match.profile(profile, rejected);
  return {
    tags: result.tags.filter((t) => !rejected.includes(t.need)),
    labels: result.labels,
    person: person && isInPipeline(person) ? person : null,
  };
}

export async function tagCards(s: Storage, cards: Card[]): Promise<Record<string, MatchResult>> {
  // A list brings up to 100 strangers at a time: compile the needs once per change, and look up
  // only the cards we hold a record for (a tag the user rejected), not every card one by one.
  const [match, known] = await Promise.all([matcher(s), knownSlugs(s)]);
  const ours = cards.filter((c) => known.has(c.slug));
  const rejected = new Map<string, readonly NeedId[]>();
  if (ours.length) {
    const tx = (await s.open()).transaction(['people', 'network']);
    const raws = await Promise.all(ours.map((c) => getPerson(tx, c.slug, false)));
    const read = readPerson(s.sink());
    ours.forEach((c, i) => {
      rejected.set(c.slug, (raws[i] ? read(raws[i]) : null)?.rejected ?? []);
    });
  }
  // fromEntries defines own properties: a card whose slug is "__proto__" cannot reshape the answer.
  return Object.fromEntries(
    cards.map((card) => {
      const no = rejected.get(card.slug) ?? [];
      const result = match.card(card);
      return [card.slug, { tags: result.tags.filter((t) => !no.includes(t.need)), labels: result.labels }];
    }),
  );
}
