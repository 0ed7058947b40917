import type { NeedId } from '../domain';
import type { PageReport } from '../page-report';
import type { ContentApi, ProfileOnPage } from './content';
import { send } from './wire';

/** What a content call answers. */
type R<M extends keyof ContentApi> = Awaited<ReturnType<ContentApi[M]>>;

/**
 * The content contract over runtime messages: what the content script holds as its `api`. Each
 * method sends itself by name (no shared helper: every byte here is paid on every LinkedIn page).
 */
export class ContentClient implements ContentApi {
  pageStart(withUi: boolean) {
    return send<R<'pageStart'>>('pageStart', [withUi]);
  }
  reportPage(report: PageReport | null) {
    return send<R<'reportPage'>>('reportPage', [report]);
  }
  savePerson(profile: ProfileOnPage, needs: NeedId[]) {
    return send<R<'savePerson'>>('savePerson', [profile, needs]);
  }
  feedback(slug: string, need: NeedId, verdict: 'confirm' | 'reject') {
    return send<R<'feedback'>>('feedback', [slug, need, verdict]);
  }
  setPanelCollapsed(collapsed: boolean) {
    return send<R<'setPanelCollapsed'>>('setPanelCollapsed', [collapsed]);
  }
  openDrafter(slug: string, need: NeedId | null) {
    return send<R<'openDrafter'>>('openDrafter', [slug, need]);
  }
  openNeedsMap() {
    return send<R<'openNeedsMap'>>('openNeedsMap', []);
  }
  diagnosePage() {
    return send<R<'diagnosePage'>>('diagnosePage', []);
  }
}
