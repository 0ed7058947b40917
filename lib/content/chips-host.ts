import { createShadowHost } from './shadow-host';
import { type CardChipsProps, renderChips } from './ui/chips';

/**
 * Chips for one card, in their own closed shadow root right after `anchor`; removed when `signal`
 * aborts. The host says only that it is ours: which person it is for stays inside.
 */
export function mountChips(
  anchor: Element,
  props: CardChipsProps,
  css: string,
  signal: AbortSignal,
): HTMLElement | null {
  if (signal.aborted || !anchor.isConnected) return null;
  const { host, container } = createShadowHost('constellation-chips', css, 'card-chips');
  renderChips(container, props);
  anchor.after(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return host;
}
