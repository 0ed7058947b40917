import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/domain';
import type { ImportOptions, ImportResult } from '../../lib/import/types';
import { errorText, useApi } from '../shared/ApiContext';
import { backupFileName, downloadText } from '../shared/download';
import { ImportPreview } from './ImportPreview';
import { ImportResultView } from './ImportResultView';

export type ImportExportProps = {
  lastExportAt: string | null;
  onExported(settings: Settings): void;
  /** After a successful import: the page reloads what it shows. */
  onImported(result: ImportResult): void;
  /** First run: only the import, for a user restoring a backup on a fresh install. */
  importOnly?: boolean;
  /** Import progress from the background (people written so far); without it the bar just runs. */
  progress?: ImportProgressSource;
};

/** Subscribes to import progress; returns the unsubscribe. */
export type ImportProgressSource = (listener: (done: number, total: number) => void) => () => void;

/** Big enough for 30,000 connections many times over; anything larger is not ours. */
const MAX_BYTES = 50 * 1024 * 1024;

type Held = { name: string; text: string };

export function ImportExport({
  lastExportAt,
  onExported,
  onImported,
  importOnly = false,
  progress,
}: ImportExportProps) {
  const api = useApi();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  // The last file read, so "import the good rows" needs no second pick.
  const [held, setHeld] = useState<Held | null>(null);
  const [step, setStep] = useState<{ done: number; total: number } | null>(null);
  const [cancelled, setCancelled] = useState(false);

  useEffect(() => {
    if (!busy || !progress) return;
    setStep(null);
    return progress((done, total) => setStep({ done, total }));
  }, [busy, progress]);

  const exportNow = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const backup = await api.exportBackup();
      const now = new Date();
      downloadText(`${JSON.stringify(backup, null, 2)}\n`, backupFileName(now));
      onExported(await api.saveSettings({ lastExportAt: now.toISOString() }));
    } catch (e) {
      setExportError(`Could not export: ${errorText(e)}`);
    } finally {
      setExporting(false);
    }
  };

  const runImport = async (file: Held, options?: ImportOptions) => {
    setBusy(true);
    setResult(null);
    setCancelled(false);
    try {
      const outcome = await api.importFile(file.name, file.text, options);
      setResult(outcome);
      if (outcome.ok) onImported(outcome);
    } catch (e) {
      setResult({
        ok: false,
        kind: 'unknown',
        message: `Could not import ${file.name}: ${errorText(e)}`,
        problems: [],
      });
    } finally {
      setBusy(false);
    }
  };

  const onPick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // picking the same file again must import again
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setResult({
        ok: false,
        kind: 'unknown',
        message: `${file.name} is ${Math.round(file.size / 1024 / 1024)} MB: too large for a backup or Connections.csv.`,
        problems: [],
      });
      return;
    }
    const picked = { name: file.name, text: await file.text() };
    setHeld(picked);
    await runImport(picked);
  };

  const lastText = lastExportAt ? `Last backup: ${formatDate(lastExportAt)}.` : 'No backup yet.';

  return (
    <div class="backup">
      {!importOnly && (
        <div class="backup-block">
          <h3>Download a backup</h3>
          <p class="help">
            One JSON file with your needs, profile, settings, people and outreach history. Keep it somewhere
            safe: uninstalling the extension deletes everything it stores.
          </p>
          <div class="backup-row">
            <button
              type="button"
              class="btn btn-primary"
              data-constellation="export"
              disabled={exporting}
              onClick={() => void exportNow()}
            >
              {exporting ? 'Preparing…' : 'Download backup'}
            </button>
            <span class="help">{lastText}</span>
          </div>
          {exportError && (
            <p class="notice notice-error" role="alert">
              {exportError}
            </p>
          )}
        </div>
      )}

      <div class="backup-block">
        <h3>Import</h3>
        <p class="help">
          A Constellation backup (.json), or <code>Connections.csv</code> from LinkedIn’s “Download your
          data”. Records merge by id; nothing is duplicated. A file with any problem changes nothing.
        </p>
        <label class="file-pick">
          <input
            type="file"
            class="visually-hidden"
            accept=".json,.csv,application/json,text/csv"
            data-constellation="import"
            disabled={busy}
            onChange={(e) => void onPick(e.currentTarget as HTMLInputElement)}
          />
          <span class="btn">Choose a file…</span>
          <span class="help">{held ? held.name : 'JSON backup or Connections.csv'}</span>
        </label>
        {busy && (
          <p class="importing" role="status">
            {step && step.total > 0 ? (
              <>
                <progress aria-label="Importing" value={step.done} max={step.total} /> Importing…{' '}
                {step.done.toLocaleString('en')} of {step.total.toLocaleString('en')}
              </>
            ) : (
              <>
                <progress aria-label="Importing" /> Importing…
              </>
            )}
          </p>
        )}
        {result?.preview && held ? (
          <ImportPreview
            fileName={held.name}
            message={result.message}
            changes={result.preview}
            onReplace={() => void runImport(held, { conflicts: 'replace' })}
            onKeepMine={() => void runImport(held, { conflicts: 'keep-mine' })}
            onCancel={() => {
              setResult(null);
              setCancelled(true);
            }}
          />
        ) : (
          result && (
            <ImportResultView
              result={result}
              onImportGood={
                held && result.goodRows ? () => void runImport(held, { skipBadRows: true }) : undefined
              }
            />
          )
        )}
        {cancelled && (
          <p class="help" role="status">
            Nothing was imported: your data is as it was.
          </p>
        )}
      </div>
    </div>
  );
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unknown';
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}
