import { describeIssues } from '../backup/schema';
import type { MatchResult, Profile, UserConfig } from '../domain';
import { matchCard, matchProfile } from '../match';
import { readPage } from '../reader';
import { profileSchema, snapshotListSchema } from '../reader/schema';
import { args, InputError, loadConfig, loadPage, readText, run } from './common';

// npm run inspect -- <page.html> [--url <page url>] [--config <backup.json>]
//   → { kind, profile, missing, cards: [{ slug, name, headline, degree, tags }], tags, labels }
// npm run inspect -- --snapshot <people.json> [--config <backup.json>]
//   → { "<slug>": { tags, labels } }                                   (PRODUCT.md)

function inspectPage(path: string | undefined, url: string | undefined, config: UserConfig) {
  const page = loadPage(path, url);
  const read = readPage(page.doc, page.url);
  // The viewer's own profile is never tagged.
  const match: MatchResult =
    read.profile && !read.own ? matchProfile(config, read.profile) : { tags: [], labels: [] };
  return {
    kind: read.kind,
    profile: read.profile,
    missing: read.missing,
    cards: read.cards.map((card) => ({ ...card, tags: matchCard(config, card).tags })),
    tags: match.tags,
    labels: match.labels,
  };
}

function inspectSnapshot(path: string, config: UserConfig) {
  let raw: unknown;
  try {
    raw = JSON.parse(readText(path, 'snapshot'));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`snapshot is not valid JSON: ${path}`);
  }
  // Parsed against the branch the file chose, so the message names the field that is wrong.
  const parsed = (Array.isArray(raw) ? snapshotListSchema : profileSchema).safeParse(raw);
  if (!parsed.success)
    throw new InputError(`bad snapshot ${path}: ${describeIssues(parsed.error, 3).join('; ')}`);
  const profiles: Profile[] = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  const out: Record<string, MatchResult> = {};
  for (const profile of profiles) {
    const { tags, labels } = matchProfile(config, profile);
    out[profile.slug] = { tags, labels };
  }
  return out;
}

run(() => {
  const { values, positionals } = args({
    url: { type: 'string' },
    config: { type: 'string' },
    snapshot: { type: 'string' },
  });
  if (values.snapshot !== undefined) {
    if (positionals.length) throw new InputError('--snapshot takes no page file');
    return inspectSnapshot(values.snapshot, loadConfig(values.config));
  }
  if (positionals.length !== 1)
    throw new InputError(`one page file expected, got ${positionals.length} (or --snapshot <people.json>)`);
  return inspectPage(positionals[0], values.url, loadConfig(values.config));
});
