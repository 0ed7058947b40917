import type { ImportResult } from '../../lib/import/types';

export type ImportResultViewProps = { result: ImportResult; onImportGood?(): void };

/** The outcome, as text only: file contents and problem lines are never treated as markup. */
export function ImportResultView({ result, onImportGood }: ImportResultViewProps) {
  return (
    <div
      class={`notice import-result ${result.ok ? 'notice-ok' : 'notice-error'}`}
      data-constellation="import-result"
      data-ok={result.ok ? 'true' : 'false'}
      role={result.ok ? 'status' : 'alert'}
    >
      <p class="import-message">{result.message}</p>
      {result.problems.length > 0 && (
        <ul class="problems">
          {result.problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
      {onImportGood && result.goodRows ? (
        <div class="import-good">
          <p class="help">The rows above are skipped if you go on; the rest import as usual.</p>
          <button type="button" class="btn" onClick={onImportGood}>
            Import the {result.goodRows} good rows
          </button>
        </div>
      ) : null}
    </div>
  );
}
