import { useState } from 'preact/hooks';
import type { Stage } from '../../lib/domain';
import type { ProfilePanelProps } from '../ProfilePanel';
import { errorText as message } from './error-text';

/** Save, draft and the needs map: the panel's way into the rest of Constellation. */
export function PanelActions(props: ProfilePanelProps) {
  // The store's answer arrives after the first render: what we saved here wins, else the props.
  const [savedHere, setStage] = useState<Stage | null>(null);
  const stage = savedHere ?? props.stage ?? null;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(message(error));
    } finally {
      setBusy(false);
    }
  };
  const topNeed = props.tags[0]?.need ?? null;
  return (
    <>
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-action="save"
          data-saved={stage ? 'true' : 'false'}
          title="Save to your pipeline with the needs shown"
          disabled={busy}
          onClick={() => act(async () => setStage(await props.onSave()))}
        >
          {stage ? `Saved · ${stage}` : 'Save'}
        </button>
        <button
          type="button"
          data-action="draft"
          disabled={busy}
          onClick={() => act(() => props.onDraft(topNeed))}
        >
          Draft a request
        </button>
        <button
          type="button"
          class="link"
          data-action="needs-map"
          onClick={() => act(() => props.onOpenNeedsMap())}
        >
          Needs map
        </button>
      </div>
      <p class="status" role="status">
        {problem ?? ''}
      </p>
    </>
  );
}
