import type { Api, StageChange } from '../../lib/api';
import type { NeedId, Person, Stage } from '../../lib/domain';
import type { PopupData } from './Popup';

export interface DraftViewProps {
  api: Api;
  data: PopupData;
  pageSlug: string | null;
  slug?: string;
  need?: NeedId;
  now: () => Date;
  onMove: (slug: string, stage: Stage, change?: StageChange) => Promise<Person | null>;
}

export function DraftView(_props: DraftViewProps) {
  return <p class="muted">The drafter is on its way.</p>;
}
