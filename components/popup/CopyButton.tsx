import { useEffect, useState } from 'preact/hooks';

export interface CopyButtonProps {
  text: string;
  label?: string;
  class?: string;
}

/** Copies on the user's click and says so where they are looking. */
export function CopyButton({ text, label = 'Copy', class: cls = '' }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(t);
  }, [state]);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  return (
    <button type="button" class={cls} data-action="copy" onClick={() => void copy()} aria-live="polite">
      {state === 'copied' ? 'Copied ✓' : state === 'failed' ? 'Copy failed: select and copy' : label}
    </button>
  );
}
