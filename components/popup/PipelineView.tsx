import { useEffect, useMemo, useState } from 'preact/hooks';
import type { NeedId, Person, Stage } from '../../lib/domain';
import { STAGES } from '../../lib/domain';
import { needName } from '../../lib/needs-catalog';
import type { FollowUp } from '../../lib/pipeline/follow-ups';
import type { PipelinePage } from '../../lib/pipeline/types';
import { useApi } from '../shared/ApiContext';
import { BackupBar } from './BackupBar';
import { BoldnessNudge } from './BoldnessNudge';
import { FollowUpList } from './FollowUpList';
import { NetworkSuggestions } from './NetworkSuggestions';
import { groupByStage, type PipelineFilter, visibleNeeds } from './pipeline-model';
import { FIRST_ROWS, type PopupActions, type PopupData } from './popup-state';
import { StageSection } from './StageSection';

export interface PipelineViewProps {
  data: PopupData;
  due: FollowUp[];
  now: () => Date;
  /** A person who just became ongoing: offer the agreement. */
  justOngoing: string | null;
  onDismissAgreement: () => void;
  actions: PopupActions;
  /** Rows "show more" brought from the store, for the unfiltered view. */
  onMore: (people: Person[]) => void;
}

export function PipelineView({
  data,
  due,
  now,
  justOngoing,
  onDismissAgreement,
  actions,
  onMore,
}: PipelineViewProps) {
  const api = useApi();
  const [filter, setFilter] = useState<PipelineFilter>({ need: '', query: '' });
  const filtered = !!(filter.need || filter.query.trim());
  // Find and filter ask the store, which knows everyone; the latest answer wins.
  const [found, setFound] = useState<PipelinePage | null>(null);
  const ask = { need: filter.need || undefined, query: filter.query || undefined };
  useEffect(() => {
    if (!filtered) return setFound(null);
    let live = true;
    api
      .pipelinePage({ ...ask, limit: FIRST_ROWS })
      .then((page) => live && setFound(page))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [filter.need, filter.query, data.version]);
  const page = filtered ? found : data;
  const groups = useMemo(() => groupByStage(page?.people ?? [], filter), [page, filter]);
  const more = (stage: Stage, limit: number) =>
    api
      .pipelinePage({ ...ask, stage, limit })
      .then((next) => {
        if (!filtered) return onMore(next.people);
        setFound(
          (f) => f && { ...f, people: [...f.people.filter((p) => p.stage !== stage), ...next.people] },
        );
      })
      .catch(() => undefined);
  const needs = visibleNeeds(data.config.needs);
  const bySlug = useMemo(() => new Map(data.people.map((p) => [p.slug, p])), [data.people]);

  return (
    <div class="pipeline">
      <div class="toolbar">
        <label class="sr-only" for="find">
          Find by name
        </label>
        <input
          id="find"
          type="search"
          placeholder="Find by name"
          value={filter.query}
          onInput={(e) => setFilter({ ...filter, query: e.currentTarget.value })}
        />
        <label class="sr-only" for="need-filter">
          Filter by need
        </label>
        <select
          id="need-filter"
          value={filter.need}
          onChange={(e) => setFilter({ ...filter, need: e.currentTarget.value as NeedId | '' })}
        >
          <option value="">All needs</option>
          {needs.map((n) => (
            <option key={n.id} value={n.id}>
              {needName(n)}
            </option>
          ))}
        </select>
      </div>
      <FollowUpList due={due} people={bySlug} now={now} actions={actions} />
      <BoldnessNudge version={data.version} />
      <NetworkSuggestions needs={data.config.needs} version={data.version} actions={actions} />
      {Object.values(data.counts).every((n) => n === 0) ? (
        <p class="empty-state">
          Nobody in your pipeline yet. Open a LinkedIn profile and save the person from the panel, or import
          your connections from the options page.
        </p>
      ) : null}
      <div class="stages">
        {STAGES.map((stage) => (
          <StageSection
            key={stage}
            stage={stage}
            people={groups[stage]}
            total={page?.counts[stage] ?? 0}
            onMore={(limit) => more(stage, limit)}
            needs={data.config.needs}
            now={now}
            actions={actions}
            agreementFor={justOngoing}
            onDismissAgreement={onDismissAgreement}
          />
        ))}
      </div>
      <BackupBar data={data} now={now} />
    </div>
  );
}
