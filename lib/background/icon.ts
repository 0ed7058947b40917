/**
 * The follow-up notification's icon: the 96 px mark from public/icon/ (Chrome draws notification
 * icons at 80 px, 160 on high-density screens; 128 carries the store's transparent margin). An
 * extension's own URL needs no web-accessible resource: the notification is ours, not a page's.
 */
export const NOTIFICATION_ICON = '/icon/96.png';

export function notificationIcon(runtime: { getURL(path: string): string }): string {
  return runtime.getURL(NOTIFICATION_ICON);
}
