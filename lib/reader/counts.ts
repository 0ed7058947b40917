import type { Profile } from '../domain';
import { sectionOf } from './dom';
import {
  CONNECTIONS_WORD,
  countNear,
  FOLLOWERS_WORD,
  hasDigit,
  MUTUAL_WORD,
  parseConnections,
  parseMutual,
} from './numbers';
import { ACTIVITY, ACTIVITY_ANCHORS, COUNTS, MUTUAL, queryFirst } from './selectors';
import { textOf } from './text';

// Followers, connections and mutual connections: labelled numbers in the top card, in every
// layout since 2018 ("26,825 followers", "See connections (90)", "A and 3 other mutual connections").

export function readCounts(top: Element | null): Pick<Profile, 'followers' | 'connections'> {
  const counts: Pick<Profile, 'followers' | 'connections'> = { followers: null, connections: null };
  if (!top) return counts;
  for (const { css } of COUNTS) {
    for (const el of [...top.querySelectorAll(css)].slice(0, 80)) {
      let text = textOf(el, 120);
      if (!text || MUTUAL_WORD.test(text)) continue;
      // SDUI splits "500+ connections" into <p>500+</p><p>connections</p>
      if (!hasDigit(text)) text = `${textOf(el.previousElementSibling, 40) ?? ''} ${text}`;
      if (counts.followers === null && FOLLOWERS_WORD.test(text))
        counts.followers = countNear(text, FOLLOWERS_WORD);
      else if (counts.connections === null && CONNECTIONS_WORD.test(text))
        counts.connections = parseConnections(text);
    }
    if (counts.followers !== null || counts.connections !== null) break;
  }
  return counts;
}

/** "677 followers" in the Activity header (pvs-2022 … sdui-2026), above the first post. */
export function activityFollowers(doc: Document): number | null {
  let section = queryFirst(doc, ACTIVITY);
  for (const id of ACTIVITY_ANCHORS) section ??= sectionOf(doc, id);
  if (!section) return null;
  for (const p of [...section.querySelectorAll('p')].slice(0, 4)) {
    if (p.closest('li, [role="listitem"]')) break; // a post: its numbers are someone else's
    const text = textOf(p, 60);
    if (text && FOLLOWERS_WORD.test(text)) return countNear(text, FOLLOWERS_WORD);
  }
  return null;
}

export function readMutual(root: ParentNode): number | null {
  for (const { css } of MUTUAL)
    for (const link of root.querySelectorAll(css)) {
      const n = parseMutual(textOf(link, 300));
      if (n !== null) return n;
    }
  return null;
}
