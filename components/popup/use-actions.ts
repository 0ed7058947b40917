import type { NeedId, Person } from '../../lib/domain';
import type { PagesApi } from '../../lib/messages/pages';
import { errorText } from '../shared/ApiContext';
import type { PopupActions, PopupDataState } from './popup-state';

/**
 * What the pipeline and drafter views may do to a person, against `api`: the person as stored goes
 * into the view's data, a failure into its error line. The popup and the side panel share it.
 */
export function usePopupActions(
  api: PagesApi,
  { store, setError }: Pick<PopupDataState, 'store' | 'setError'>,
  draft: (slug: string, need?: NeedId) => void,
  onMoved?: (person: Person) => void,
): PopupActions {
  const guard = async (work: () => Promise<Person>): Promise<Person | null> => {
    try {
      return store(await work());
    } catch (e) {
      setError(errorText(e));
      return null;
    }
  };
  return {
    move: async (slug, stage, change) => {
      const person = await guard(() => api.moveStage(slug, stage, change));
      if (person) onMoved?.(person);
      return person;
    },
    touch: (slug, touch) => guard(() => api.logTouch(slug, touch)),
    draft,
  };
}
