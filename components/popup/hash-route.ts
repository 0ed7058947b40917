import type { NeedId } from '../../lib/domain';

export type TabId = 'pipeline' | 'draft' | 'needs';

export interface Route {
  tab: TabId;
  slug?: string;
  need?: NeedId;
}

/** `#draft?slug=<slug>&need=<id>` opens the Draft view preselected (the panel's draft button). */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const tab: TabId = path === 'draft' || path === 'needs' ? path : 'pipeline';
  const params = new URLSearchParams(query);
  const slug = params.get('slug')?.trim() || undefined;
  const need = (params.get('need')?.trim() || undefined) as NeedId | undefined;
  return { tab, slug, need };
}
