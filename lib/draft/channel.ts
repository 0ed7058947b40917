import type { Channel, Settings } from '../domain';
import { CHANNELS, DEFAULT_SETTINGS } from '../domain';

// Channel facts (PRODUCT.md). Connection-note limits are vendor-reported, hence settings.
export const INMAIL_SUBJECT_LIMIT = 200;
export const INMAIL_BODY_LIMIT = 2000;
/** What gets yeses in a message: 50–125 words. A target, not a hard limit. */
export const WORD_TARGET = { min: 50, max: 125 } as const;

/**
 * The hard character limit of a channel, or null. Messages and email have no limit worth
 * enforcing (LinkedIn's message box takes thousands of characters); they aim at WORD_TARGET.
 */
export function channelLimit(
  channel: Channel,
  settings: Settings = DEFAULT_SETTINGS,
  premium = false,
): number | null {
  switch (channel) {
    case 'connection-note':
      return premium ? settings.noteLimitPremium : settings.noteLimitFree;
    case 'inmail':
      return INMAIL_BODY_LIMIT;
    default:
      return null;
  }
}

/** Channels that carry a subject line. */
export function hasSubject(channel: Channel): boolean {
  return channel === 'inmail' || channel === 'email';
}

/**
 * Length as a counter that may be stricter than ours would see it. UTF-16 code units are never
 * fewer than code points or graphemes, so an emoji costs 2 (or more) rather than 1; a line break
 * costs 2 because form submission turns it into CRLF and some counters (Chromium's maxlength of
 * old) count it so. Staying within this keeps any of those counts within the limit.
 */
export function measureLength(text: string): number {
  let breaks = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks++;
  return text.length + breaks;
}

const START = /[\p{L}\p{N}]/u;
const GOES_ON = /[\p{L}\p{N}\p{M}'’_-]/u;
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Words as a reader counts them: a run starts at a letter or digit and goes on through letters,
 * digits, marks, apostrophes, _ and -. Scripts written without spaces count two characters a
 * word. A single scan (it runs on every render while shortening and on every keystroke), with
 * Unicode classes consulted only for non-ASCII characters.
 */
export function countWords(text: string): number {
  let words = 0;
  let ideographs = 0;
  let inRun = false;
  let runIdeographs = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    let starts: boolean;
    let goesOn: boolean;
    let ideograph = false;
    if (cp < 128) {
      starts = (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
      goesOn = starts || cp === 39 || cp === 95 || cp === 45;
    } else {
      const ch = String.fromCodePoint(cp);
      starts = START.test(ch);
      goesOn = starts || GOES_ON.test(ch);
      ideograph = starts && IDEOGRAPH.test(ch);
    }
    if (inRun && goesOn) {
      if (ideograph) runIdeographs++;
      continue;
    }
    if (inRun) {
      if (runIdeographs) ideographs += runIdeographs;
      else words++;
      inRun = false;
    }
    if (starts) {
      inRun = true;
      runIdeographs = ideograph ? 1 : 0;
    }
  }
  if (inRun) {
    if (runIdeographs) ideographs += runIdeographs;
    else words++;
  }
  return words + Math.ceil(ideographs / 2);
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
