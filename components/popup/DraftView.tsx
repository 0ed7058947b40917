import type { Api, StageChange } from '../../lib/api';
import type { NeedId } from '../../lib/domain';
import type { PopupActions, PopupData } from './Popup';

export interface DraftViewProps {
  api: Api;
  data: PopupData;
  pageSlug: string | null;
  slug?: string;
  need?: NeedId;
  now: () => Date;
  actions: PopupActions;
}

export function DraftView(_props: DraftViewProps) {
  return <p class="muted">The drafter is on its way.</p>;
}
