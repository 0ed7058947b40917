import { useEffect, useState } from 'preact/hooks';
import { useApi } from '../shared/ApiContext';

export type StoreProblemsProps = Record<never, never>;

/**
 * Records the store could not read are skipped, never fatal: say so, so the user can restore them
 * from a backup instead of finding out later.
 */
export function StoreProblems(_props: StoreProblemsProps) {
  const api = useApi();
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    api.problems().then(
      (lines) => live && setProblems(lines),
      () => {}, // an older background without problems(): nothing to report
    );
    return () => {
      live = false;
    };
  }, [api]);
  if (!problems.length) return null;
  return (
    <aside class="notice notice-error store-problems" data-constellation="store-problems">
      <p>
        <strong>
          {problems.length === 1 ? 'One saved record' : `${problems.length} saved records`} could not be read
          and
          {problems.length === 1 ? ' was' : ' were'} skipped.
        </strong>{' '}
        Everything else works. Importing a backup brings them back.
      </p>
      <details>
        <summary>Details</summary>
        <ul class="problems">
          {problems.slice(0, 50).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </details>
    </aside>
  );
}
