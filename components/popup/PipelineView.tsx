import { useMemo, useState } from 'preact/hooks';
import type { Api, StageChange } from '../../lib/api';
import type { NeedId, Person, Stage } from '../../lib/domain';
import { STAGES } from '../../lib/domain';
import { needName } from '../../lib/needs-catalog';
import type { FollowUp } from '../../lib/pipeline/follow-ups';
import { isInPipeline } from '../../lib/pipeline/in-pipeline';
import { AgreementOffer } from './AgreementOffer';
import { BackupBar } from './BackupBar';
import { BoldnessNudge } from './BoldnessNudge';
import { FollowUpList } from './FollowUpList';
import { NetworkSuggestions } from './NetworkSuggestions';
import type { PopupData } from './Popup';
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
  onMove: (slug: string, stage: Stage, change?: StageChange) => Promise<Person | null>;
  onDraft: (slug: string, need?: NeedId) => void;
}

export function PipelineView(props: PipelineViewProps) {
  const { api, data, due, now, justOngoing, onMove, onDraft } = props;
  const [filter, setFilter] = useState<PipelineFilter>({ need: '', query: '' });
  const inPipeline = useMemo(() => data.people.filter(isInPipeline), [data.people]);
  const groups = useMemo(() => groupByStage(inPipeline, filter), [inPipeline, filter]);
  const needs = visibleNeeds(data.config.needs);
  const bySlug = useMemo(() => new Map(data.people.map((p) => [p.slug, p])), [data.people]);
  const ongoing = justOngoing ? bySlug.get(justOngoing) : undefined;

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
      {ongoing ? (
        <AgreementOffer
          person={ongoing}
          config={data.config}
          events={data.events ?? []}
          now={now}
          onClose={props.onDismissAgreement}
        />
      ) : null}
      <FollowUpList due={due} people={bySlug} onMove={onMove} onDraft={onDraft} />
      <BoldnessNudge people={inPipeline} self={data.config.self} />
      <NetworkSuggestions people={data.people} needs={data.config.needs} onDraft={onDraft} onMove={onMove} />
      {inPipeline.length === 0 ? (
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
            needs={data.config.needs}
            api={api}
            now={now}
            onMove={onMove}
            onDraft={onDraft}
          />
        ))}
      </div>
      <BackupBar api={api} data={data} now={now} />
    </div>
  );
}
