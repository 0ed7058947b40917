import { useState } from 'preact/hooks';
import type { NeedId, Profile, Stage } from '../../lib/domain';
import { errorText, useApi } from '../shared/ApiContext';

export interface PersonActions {
  /** What the user did here since the panel showed this person (the background's answer follows). */
  saved: Stage | null;
  rejected: NeedId[];
  confirmed: NeedId[];
  busy: boolean;
  /** The last action's failure, in words a person can act on. */
  problem: string | null;
  save: (profile: Partial<Profile> & { slug: string }, needs: NeedId[]) => Promise<void>;
  verdict: (need: NeedId, verdict: 'confirm' | 'reject') => Promise<void>;
}

/** Save, confirm and reject for one person (a profile, or a row on a list), on the user's click. */
export function usePersonActions(slug: string): PersonActions {
  const api = useApi();
  const [saved, setSaved] = useState<Stage | null>(null);
  const [rejected, setRejected] = useState<NeedId[]>([]);
  const [confirmed, setConfirmed] = useState<NeedId[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return {
    saved,
    rejected,
    confirmed,
    busy,
    problem,
    save: (profile, needs) =>
      run(async () => {
        const person = await api.savePerson(profile, needs);
        setSaved(person.stage);
      }),
    verdict: (need, verdict) =>
      run(async () => {
        await api.feedback(slug, need, verdict);
        if (verdict === 'reject') setRejected((r) => [...r, need]);
        else setConfirmed((c) => [...c, need]);
      }),
  };
}
