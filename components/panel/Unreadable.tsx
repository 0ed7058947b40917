import { useState } from 'preact/hooks';
import type { ProfilePanelProps } from '../ProfilePanel';

/** No name on the page: say so plainly and offer a diagnostic that holds no page content. */
export function Unreadable(props: ProfilePanelProps) {
  const [shown, setShown] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const copyDiagnostic = async () => {
    const text = props.diagnostic?.() ?? '';
    const ok = props.copy ? await props.copy(text).catch(() => false) : false;
    setCopied(ok);
    setShown(ok ? null : text);
  };
  return (
    <>
      <p class="problem">Constellation could not read this page</p>
      <p class="note">
        LinkedIn may have changed how profiles are built. The diagnostic describes the page's structure only,
        not what it says.
      </p>
      <div class="actions">
        <button type="button" data-action="copy-diagnostic" onClick={copyDiagnostic}>
          Copy diagnostic
        </button>
        <button type="button" class="link" data-action="needs-map" onClick={() => props.onOpenNeedsMap()}>
          Needs map
        </button>
      </div>
      <p class="status" role="status">
        {copied ? 'Copied.' : ''}
      </p>
      {shown !== null ? (
        <textarea class="diagnostic" readOnly aria-label="Diagnostic to copy" value={shown} rows={4} />
      ) : null}
    </>
  );
}
