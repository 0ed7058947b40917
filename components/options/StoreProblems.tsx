import { useCallback, useEffect, useState } from 'preact/hooks';
import { type Damage, PART_LABELS, type Part } from '../../lib/store/damage';
import { errorText, useApi } from '../shared/ApiContext';
import { datedFileName, downloadText } from '../shared/download';

export type StoreProblemsProps = {
  /** After a part was reset, so the page reads the store again. */
  onReset?: () => void;
};

const rawFileName = (part: Part, now: Date) => datedFileName(`constellation-${part}-as-stored`, 'json', now);

/**
 * Records the store could not read are skipped, never fatal (issue 14): say which kind and why,
 * and give the user a way out for each kind: download it as stored, or reset only what cannot be
 * read. Nothing else is touched.
 */
export function StoreProblems({ onReset }: StoreProblemsProps) {
  const api = useApi();
  const [damage, setDamage] = useState<Damage[]>([]);
  const [asking, setAsking] = useState<Part | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(
    () =>
      api.damage().then(
        (list) => setDamage(list),
        () => {}, // an older background without damage(): nothing to report
      ),
    [api],
  );
  useEffect(() => void load(), [load]);

  const download = async (part: Part) => {
    try {
      const raw = await api.rawExport(part);
      downloadText(`${JSON.stringify(raw, null, 2)}\n`, rawFileName(part, new Date()));
    } catch (e) {
      setMessage(`Could not download: ${errorText(e)}`);
    }
  };
  const reset = async (part: Part) => {
    setAsking(null);
    try {
      const removed = await api.resetPart(part);
      setMessage(`${PART_LABELS[part]}: ${removed} unreadable record${removed === 1 ? '' : 's'} removed.`);
      await load();
      onReset?.();
    } catch (e) {
      setMessage(`Could not reset: ${errorText(e)}`);
    }
  };

  if (!damage.length && !message) return null;
  const total = damage.reduce((n, d) => n + d.count, 0);
  return (
    <aside class="notice notice-error store-problems" data-constellation="store-problems">
      {damage.length > 0 && (
        <p>
          <strong>
            {total === 1 ? 'One saved record' : `${total} saved records`} could not be read and
            {total === 1 ? ' was' : ' were'} skipped.
          </strong>{' '}
          Everything else works, and the backup export still holds all that can be read.
        </p>
      )}
      <ul class="problems">
        {damage.map((d) => (
          <li key={d.part} data-part={d.part}>
            <strong>{PART_LABELS[d.part]}</strong>: {d.count} unreadable ({d.reasons.slice(0, 2).join('; ')}){' '}
            <button
              type="button"
              class="btn btn-small"
              data-action="download-part"
              onClick={() => void download(d.part)}
            >
              Download what can be read
            </button>{' '}
            {asking === d.part ? (
              <>
                <button
                  type="button"
                  class="btn btn-small"
                  data-action="reset-confirm"
                  onClick={() => void reset(d.part)}
                >
                  Delete {d.count} unreadable record{d.count === 1 ? '' : 's'}
                </button>{' '}
                <button type="button" class="btn btn-small" onClick={() => setAsking(null)}>
                  Cancel
                </button>
              </>
            ) : (
              <button
                type="button"
                class="btn btn-small"
                data-action="reset-part"
                onClick={() => setAsking(d.part)}
              >
                Reset this part
              </button>
            )}
          </li>
        ))}
      </ul>
      {message && (
        <p class="help" role="status">
          {message}
        </p>
      )}
    </aside>
  );
}
