import { useMemo, useState } from 'preact/hooks';
import type { Api, FollowUp } from '../../lib/api';
import type { NeedId } from '../../lib/domain';
import { STAGES } from '../../lib/domain';
import { needName } from '../../lib/needs-catalog';
import { BackupBar } from './BackupBar';
import { BoldnessNudge } from './BoldnessNudge';
import { FollowUpList } from './FollowUpList';
import { NetworkSuggestions } from './NetworkSuggestions';
import type { PopupActions, PopupData } from './Popup';
import { groupByStage, type PipelineFilter, visibleNeeds } from './pipeline-model';
import { StageSection } from './StageSection';

export interface PipelineViewProps {
  api: Api;
  data: PopupData;
  due: FollowUp[];
  now: () => Date;
  /** A person who just became ongoing: offer the agreement. */
  justOngoing: string | null;
  onDismissAgreement: () => void;
  actions: PopupActions;
}

export function PipelineView({
  api,
  data,
  due,
  now,
  justOngoing,
  onDismissAgreement,
  actions,
}: PipelineViewProps) {
  const [filter, setFilter] = useState<PipelineFilter>({ need: '', query: '' });
  const groups = useMemo(() => groupByStage(data.people, filter), [data.people, filter]);
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
      <BoldnessNudge api={api} version={data.version} />
      <NetworkSuggestions api={api} needs={data.config.needs} version={data.version} actions={actions} />
      {data.people.length === 0 && !data.counts ? (
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
            total={data.counts && !filter.need && !filter.query ? data.counts[stage] : undefined}
            needs={data.config.needs}
            api={api}
            now={now}
            actions={actions}
            agreementFor={justOngoing}
            onDismissAgreement={onDismissAgreement}
          />
        ))}
      </div>
      <BackupBar api={api} data={data} now={now} />
    </div>
  );
}
