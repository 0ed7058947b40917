import { useState } from 'preact/hooks';
import { errorText, useApi } from '../shared/ApiContext';

export interface UnreadProps {
  tabId: number;
  /** What the URL promised and the page did not give: a named person, or people cards. */
  kind: 'profile' | 'people-list';
  copy: (text: string) => Promise<boolean>;
}

const WORDS = {
  profile: {
    title: 'Constellation could not read this profile',
    text: 'This is a LinkedIn profile, but no name was found on it. LinkedIn may have changed how profiles are built.',
  },
  // Shown from the moment a list URL opens, before LinkedIn has drawn its cards: it must read right
  // while the list is still loading, and still say what to do if it never does.
  'people-list': {
    title: 'Looking for people on this page',
    text: 'The people on this LinkedIn list show here, ranked, as soon as the page draws them. If you can see people on the page and none appear here, LinkedIn may have changed how lists are built.',
  },
};

/**
 * The layout-change canary: the URL says profile or list, the page gave no name or no cards. Says
 * so plainly and offers the reader's diagnostic, which describes the page's structure only.
 */
export function Unread({ tabId, kind, copy }: UnreadProps) {
  const api = useApi();
  const [status, setStatus] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const diagnose = async () => {
    setStatus(null);
    try {
      const text = await api.diagnoseTab(tabId);
      if (text === null) return setStatus('Constellation could not reach this tab. Reload it and try again.');
      if (await copy(text)) return setStatus('Copied. Paste it into a bug report.');
      setShown(text);
      setStatus('The browser did not allow copying: select the text below and copy it.');
    } catch (e) {
      setStatus(errorText(e));
    }
  };
  return (
    <section class="sp-card sp-unread" data-constellation="unreadable" data-kind={kind}>
      <h2>{WORDS[kind].title}</h2>
      <p class="sp-note">{WORDS[kind].text}</p>
      <p class="sp-note">The diagnostic describes the page's structure, none of what it says.</p>
      <div class="sp-actions">
        <button type="button" data-action="copy-diagnostic" onClick={() => void diagnose()}>
          Copy diagnostic
        </button>
      </div>
      <p class="sp-status" role="status">
        {status ?? ''}
      </p>
      {shown === null ? null : (
        <textarea class="sp-diagnostic" readonly rows={6} aria-label="Diagnostic to copy" value={shown} />
      )}
    </section>
  );
}
