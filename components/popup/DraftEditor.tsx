import { useMemo, useRef } from 'preact/hooks';
import type { CoachResult } from '../../lib/coach';
import { WORD_TARGET } from '../../lib/draft';
import { highlightSegments } from './draft-model';

export interface DraftEditorProps {
  text: string;
  result: CoachResult;
  onInput: (text: string) => void;
}

/** The editable draft, the coach's marks under the text, the counter and the findings. */
export function DraftEditor({ text, result, onInput }: DraftEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => highlightSegments(text, result.findings), [text, result]);
  const over = result.limit !== null && result.length > result.limit;
  const wordsOff =
    result.limit === null && (result.words > WORD_TARGET.max || result.words < WORD_TARGET.min);
  const select = (start?: number, end?: number) => {
    if (start === undefined || end === undefined || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(start, end);
  };
  const problems = result.findings.filter((f) => !f.positive);
  const cheers = result.findings.filter((f) => f.positive);
  return (
    <div class="editor">
      <div class="editor-box">
        {/* The marks sit under a transparent-backed textarea: the user edits plain text, we draw spans. */}
        <div class="editor-marks" ref={layer} aria-hidden="true">
          {segments.map((s, i) =>
            s.finding ? (
              <mark key={i} class={`mark-${s.finding.severity}`} data-kind={s.finding.kind}>
                {s.text}
              </mark>
            ) : (
              s.text
            ),
          )}
          {'\n'}
        </div>
        <textarea
          ref={area}
          class="editor-text"
          aria-label="Your request"
          aria-describedby="draft-counter draft-findings"
          spellcheck
          value={text}
          onInput={(e) => onInput(e.currentTarget.value)}
          onScroll={(e) => {
            if (layer.current) layer.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      <div class="editor-meta">
        <span id="draft-counter" class={`counter${over ? ' over' : wordsOff ? ' off' : ''}`} data-over={over}>
          {result.limit !== null
            ? `${result.length} / ${result.limit} characters`
            : `${result.length} characters`}
          {result.channel !== 'connection-note'
            ? ` · ${result.words} words (aim ${WORD_TARGET.min}–${WORD_TARGET.max})`
            : ''}
        </span>
        <span class={`score score-${result.score >= 75 ? 'good' : result.score >= 50 ? 'fair' : 'weak'}`}>
          Coach {result.score}/100
        </span>
      </div>
      <ul id="draft-findings" class="findings" aria-label="Coach findings" aria-live="polite">
        {problems.map((f) => (
          <li
            key={`${f.kind}-${f.start ?? ''}-${f.text}`}
            data-kind={f.kind}
            class={`finding sev-${f.severity}`}
          >
            {f.start !== undefined ? (
              <button type="button" class="link finding-jump" onClick={() => select(f.start, f.end)}>
                {f.text}
              </button>
            ) : (
              f.text
            )}
          </li>
        ))}
        {cheers.map((f) => (
          <li key={f.kind} data-kind={f.kind} class="finding positive">
            {f.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
