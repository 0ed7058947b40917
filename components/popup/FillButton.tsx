import { useEffect, useState } from 'preact/hooks';
import { type FillRequest, type FillResult, fillTab, linkedInTab } from './fill-tab';

export interface FillButtonProps {
  text: string;
  subject?: string;
  /** For tests; the real ones talk to the active tab. */
  findTab?: () => Promise<number | null>;
  fill?: (tabId: number, request: FillRequest) => Promise<FillResult | null>;
}

const SAYS: Record<FillResult['reason'] | 'unreachable', string> = {
  filled: 'Filled — review and send it yourself.',
  'no-box': 'Open a message box on LinkedIn first.',
  'too-long': 'Too long for that box: shorten it or pick its channel.',
  unreachable: 'Reload the LinkedIn tab, open a message box, then try again.',
};

/** "Fill LinkedIn's message box": only when the active tab is LinkedIn, only on a click; never sends. */
export function FillButton({ text, subject, findTab = linkedInTab, fill = fillTab }: FillButtonProps) {
  const [tab, setTab] = useState<number | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void findTab().then((id) => live && setTab(id));
    return () => {
      live = false;
    };
    // Asked once per mount: the popup closes when the user switches tabs.
  }, []);
  useEffect(() => setSaid(null), [text, subject]);
  if (tab === null) return null;
  const click = async () => {
    const result = await fill(tab, subject ? { text, subject } : { text });
    setSaid(SAYS[result?.reason ?? 'unreachable']);
  };
  return (
    <>
      <button type="button" data-action="fill" disabled={!text.trim()} onClick={() => void click()}>
        Fill LinkedIn’s message box
      </button>
      {said ? (
        <span class="fill-status" role="status" data-constellation="fill-status">
          {said}
        </span>
      ) : null}
    </>
  );
}
