import type { BrowserPort } from './port';

// The toolbar badge: follow-ups due, for every tab. In the side-panel display a LinkedIn profile's
// tab shows its own tag count instead, also while the side panel is closed (tab-specific text
// overrides the global one; null hands the tab back to it).

const FOLLOW_UP_COLOR = '#b4441f';
const TAGS_COLOR = '#2f5d8a';

export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}

export async function showFollowUps(port: BrowserPort, count: number): Promise<void> {
  await port.action.setBadgeBackgroundColor({ color: FOLLOW_UP_COLOR });
  await port.action.setBadgeText({ text: badgeText(count) });
}

export async function showPageTags(
  port: BrowserPort,
  tabId: number,
  page: { tags: readonly unknown[] } | null,
): Promise<void> {
  const count = page?.tags.length ?? 0;
  if (!count) {
    await port.action.setBadgeText({ tabId, text: null });
    return;
  }
  await port.action.setBadgeBackgroundColor({ tabId, color: TAGS_COLOR });
  await port.action.setBadgeText({ tabId, text: badgeText(count) });
}
