import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings, UserConfig } from '../../lib/domain';
import type { PagesApi } from '../../lib/messages/pages';
import { ApiProvider, errorText } from '../shared/ApiContext';
import { datedFileName, downloadText } from '../shared/download';
import { SaveStatus, useSaveStates } from '../shared/SaveStatus';
import { SaveReportContext } from '../shared/useSaver';
import '../theme.css';
import './options.css';
import { BackupReminder } from './BackupReminder';
import { FirstRun } from './FirstRun';
import { ImportExport, type ImportProgressSource } from './ImportExport';
import { NeedsMap } from './NeedsMap';
import { SelfProfileForm } from './SelfProfileForm';
import { SettingsForm } from './SettingsForm';
import { StoreProblems } from './StoreProblems';

export type OptionsAppProps = {
  api: PagesApi;
  /** Import progress from the background, for the import's progress bar. */
  progress?: ImportProgressSource;
  /** Tells when the needs, self-profile or settings changed, in any tab (returns the unsubscribe). */
  changes?: (listener: () => void) => () => void;
};

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; config: UserConfig };

/** The way out when the page cannot even read the configuration: everything stored, as it is. */
async function downloadRaw(api: PagesApi) {
  const raw = await api.rawExport().catch(() => null);
  if (raw)
    downloadText(
      `${JSON.stringify(raw, null, 2)}\n`,
      datedFileName('constellation-as-stored', 'json', new Date()),
    );
}

/** The options page: first run for a new user, then the needs map, profile, settings and backup. */
export function OptionsApp({ api, progress, changes }: OptionsAppProps) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  // Bumped after an import so the editable sections start again from what the store now holds;
  // the backup section keeps its place so the import result stays on screen.
  const [generation, setGeneration] = useState(0);
  const [saveState, report] = useSaveStates();
  const [restartError, setRestartError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);

  const reload = useCallback(async () => {
    try {
      const config = await api.getConfig();
      setLoad({ kind: 'ready', config });
      setGeneration((g) => g + 1);
    } catch (e) {
      setLoad({ kind: 'error', message: errorText(e) });
    }
  }, [api]);
  useEffect(() => void reload(), [reload]);
  // Another tab's edit (issue 14): the forms take the new values in place, keeping what is typed
  // here and not saved yet; no remount, so focus and half-typed text stay. Which page shows (the
  // first run or the needs map) stays as it is: a restore at the first run marks the user
  // onboarded, and the page must keep its import result on screen until they move on.
  useEffect(
    () =>
      changes?.(() => {
        api.getConfig().then(
          (config) =>
            setLoad((old) =>
              old.kind === 'ready'
                ? {
                    kind: 'ready',
                    config: {
                      ...config,
                      settings: { ...config.settings, onboarded: old.config.settings.onboarded },
                    },
                  }
                : old,
            ),
          () => {},
        );
      }),
    [api, changes],
  );

  const setSettings = (settings: Settings) =>
    setLoad((old) => (old.kind === 'ready' ? { kind: 'ready', config: { ...old.config, settings } } : old));

  if (load.kind === 'loading') {
    return (
      <main class="page page-loading" aria-busy="true">
        <p class="help">Opening your needs map…</p>
      </main>
    );
  }
  if (load.kind === 'error') {
    return (
      <main class="page">
        <div class="notice notice-error" role="alert" data-constellation="load-error">
          <p>
            <strong>Constellation could not read your data.</strong> {load.message}
          </p>
          <p class="help">
            Nothing was changed. Try again; if it keeps failing, download what can be read before you reload
            or reinstall the extension.
          </p>
          <button type="button" class="btn" onClick={() => void reload()}>
            Try again
          </button>{' '}
          <button
            type="button"
            class="btn"
            data-constellation="export-raw"
            onClick={() => void downloadRaw(api)}
          >
            Download what can be read
          </button>
        </div>
      </main>
    );
  }

  const { config } = load;
  return (
    <ApiProvider api={api}>
      <SaveReportContext.Provider value={report}>
        {config.settings.onboarded ? (
          <main class="page">
            <header class="page-head">
              <div>
                <p class="brand">Constellation</p>
                <h1>Your needs map</h1>
              </div>
              <SaveStatus state={saveState} />
            </header>
            <nav class="page-nav" aria-label="Sections">
              <a href="#needs">Needs</a>
              <a href="#about">About you</a>
              <a href="#settings">Settings</a>
              <a href="#backup">Backup</a>
            </nav>
            <StoreProblems key={generation} onReset={() => void reload()} />
            <BackupReminder lastExportAt={config.settings.lastExportAt} />

            <section id="needs" aria-labelledby="needs-title">
              <h2 id="needs-title">What you need, and from whom</h2>
              <p class="lede">
                Mark each need met, partly met or unmet. For the unmet ones, say exactly what you would ask:
                Constellation looks for people who could meet them as you browse LinkedIn.
              </p>
              <NeedsMap key={generation} initial={config.needs} />
            </section>

            <section id="about" aria-labelledby="about-title">
              <h2 id="about-title">About you</h2>
              <p class="lede">
                Used to find bolder asks and to write drafts that say why you, why them, and what next.
              </p>
              <SelfProfileForm key={generation} initial={config.self} />
            </section>

            <section id="settings" aria-labelledby="settings-title">
              <h2 id="settings-title">Settings</h2>
              <SettingsForm key={generation} initial={config.settings} onSaved={setSettings} />
            </section>

            <section id="backup" aria-labelledby="backup-title">
              <h2 id="backup-title">Backup</h2>
              <ImportExport
                progress={progress}
                lastExportAt={config.settings.lastExportAt}
                onExported={setSettings}
                onImported={() => void reload()}
              />
            </section>

            <footer class="page-foot">
              <p>
                Everything stays in this browser. Constellation reads only the page you are viewing, sends
                nothing anywhere and never acts for you.
              </p>
              <button
                type="button"
                class="btn btn-quiet"
                onClick={() =>
                  void api
                    .saveSettings({ onboarded: false })
                    .then(setSettings, (e) => setRestartError(errorText(e)))
                }
              >
                Run the first steps again
              </button>
              {restartError && (
                <p class="field-error" role="alert">
                  Could not restart the first steps: {restartError}
                </p>
              )}
            </footer>
          </main>
        ) : (
          <>
            <FirstRun config={config} onDone={() => void reload()} />
            <aside class="page restore" aria-labelledby="restore-title">
              <h2 id="restore-title">Coming back?</h2>
              <p class="help">
                Restore the backup you downloaded before: your needs, profile, people and history come back as
                they were, and these first steps are skipped.
              </p>
              <ImportExport
                progress={progress}
                importOnly
                lastExportAt={null}
                onExported={setSettings}
                onImported={(result) => {
                  // The result stays on screen; the user moves on when they have read it.
                  if (result.kind === 'backup')
                    void api.saveSettings({ onboarded: true }).then(
                      () => setRestored(true),
                      (e) => setRestartError(errorText(e)),
                    );
                }}
              />
              {restored && (
                <button type="button" class="btn btn-primary" onClick={() => void reload()}>
                  Open your needs map
                </button>
              )}
              {restartError && (
                <p class="field-error" role="alert">
                  {restartError}
                </p>
              )}
            </aside>
          </>
        )}
      </SaveReportContext.Provider>
    </ApiProvider>
  );
}
