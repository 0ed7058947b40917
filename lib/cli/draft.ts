import { coach } from '../coach';
import { CHANNELS, type NeedId, type OutreachEvent, type Profile, type Tag } from '../domain';
import { draftRequest, isChannel } from '../draft';
import { slugFromUrl } from '../linkedin-url';
import { matchProfile } from '../match';
import { isBuiltInNeed } from '../needs-catalog';
import { notesSentInWindow } from '../pipeline/note-budget';
import { readPage } from '../reader';
import { args, InputError, loadConfig, loadPage, readText, run } from './common';

// npm run draft -- <page.html> --need <id>[,<id>…] --channel <c> [--url <u>] [--config <backup.json>]
// [--variant <n>] (PRODUCT.md): { channel, subject, text, length, limit, coach } on stdout.

run(() => {
  const { values, positionals } = args({
    need: { type: 'string' },
    channel: { type: 'string' },
    url: { type: 'string' },
    config: { type: 'string' },
    variant: { type: 'string' },
  });
  const channel = values.channel ?? 'message';
  if (!isChannel(channel))
    throw new InputError(`unknown --channel ${channel}: expected ${CHANNELS.join(', ')}`);
  const config = loadConfig(values.config);
  const needIds = parseNeeds(
    values.need,
    config.needs.map((n) => n.id),
  );
  const variant = values.variant === undefined ? 0 : Number(values.variant);
  if (!Number.isInteger(variant)) throw new InputError(`--variant must be a whole number: ${values.variant}`);
  const { doc, url } = loadPage(positionals[0], values.url);

  let profile: Profile | null = null;
  try {
    profile = readPage(doc, url).profile;
  } catch {
    // The reader degrades on unknown markup; should it ever throw, the draft still goes out generic.
  }
  const slug = profile?.slug ?? slugFromUrl(url) ?? 'unknown';
  const tags: Tag[] = profile ? matchProfile(config, profile).tags : [];
  const draft = draftRequest({
    self: config.self,
    needs: config.needs,
    settings: config.settings,
    person: profile ?? { slug },
    tags,
    needIds,
    channel,
    variant,
    notesSentLast30Days: values.config ? notesSentInWindow(outreachOf(values.config)) : 0,
  });
  const review = coach(draft.text, {
    channel,
    settings: config.settings,
    premium: config.self.premium,
    subject: draft.subject ?? undefined,
    personName: profile?.name ?? null,
    organization: config.self.organization,
    personCompany: profile?.company ?? null,
  });
  const { subject, text, length, limit, words, variants, missing, suggestion } = draft;
  return {
    channel,
    subject,
    text,
    length,
    limit,
    words,
    variant: draft.variant,
    variants,
    missing,
    suggestion,
    coach: review,
  };
});

function parseNeeds(raw: string | undefined, known: NeedId[]): NeedId[] {
  if (!raw?.trim()) throw new InputError('missing --need <id> (e.g. --need project-feedback)');
  const ids = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of ids)
    if (!isBuiltInNeed(id) && !known.includes(id as NeedId))
      throw new InputError(
        `unknown --need ${id}: expected a built-in need id or a custom need from --config`,
      );
  return ids as NeedId[];
}

/** The backup's own outreach history (already validated by loadConfig): the note budget's count. */
function outreachOf(path: string): OutreachEvent[] {
  const raw = JSON.parse(readText(path, 'config')) as { outreach?: OutreachEvent[] };
  return Array.isArray(raw.outreach) ? raw.outreach : [];
}
