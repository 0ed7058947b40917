import type { Channel, Need, NeedId, Profile, SelfProfile, Settings, Tag } from '../domain';

/** Everything the drafter needs; plain data so the popup, the panel and `npm run draft` share it. */
export interface DraftInput {
  self: SelfProfile;
  /** The user's needs map; the drafter reads the specific ask of each id in `needIds`. */
  needs: Need[];
  settings: Settings;
  /** What is known of the person; a bare slug still drafts (the name becomes "[their name]"). */
  person: Partial<Profile> & { slug: string };
  /** Why this person: the matcher's tags; their reasons become plain words in the draft. */
  tags?: Tag[];
  /** The first id leads the draft; up to two more join the ask. Empty means a general first ask. */
  needIds: NeedId[];
  channel: Channel;
  /** Which variant to write; any integer, taken modulo `Draft.variants`. */
  variant?: number;
  /** Personalised connection notes the user sent in the last 30 days (the note budget). */
  notesSentLast30Days?: number;
}

export interface Draft {
  channel: Channel;
  /** InMail and email only; null on the other channels. */
  subject: string | null;
  text: string;
  /** `measureLength(text)`: UTF-16 code units, a line break counted as two. */
  length: number;
  /** The hard character limit of the channel, or null where there is none (message, email). */
  limit: number | null;
  /** Words in `text`; message, InMail and email aim at `WORD_TARGET`. */
  words: number;
  /** The variant written (0 ≤ variant < variants). */
  variant: number;
  variants: number;
  /** Self-profile fields the draft wanted but found empty; their gaps read "[your goal]" etc. */
  missing: string[];
  /** Advice outside the text, e.g. the note budget is spent: connect without a note. */
  suggestion?: string;
}
