import { useState } from 'preact/hooks';
import type { Label, NeedId, Stage, Tag } from '../lib/domain';
import { errorText as message } from './panel/error-text';
import { PanelActions as Actions } from './panel/PanelActions';
import { TagItem } from './panel/TagItem';
import { Unreadable } from './panel/Unreadable';

export type PanelStatus = 'reading' | 'tagging' | 'ready' | 'error' | 'unreadable';
export type Verdict = 'confirm' | 'reject';

export interface ProfilePanelProps {
  status: PanelStatus;
  /** As read from the page; null when it could not be read. */
  name: string | null;
  headline?: string | null;
  tags: Tag[];
  labels: Label[];
  /** Profile fields the reader could not find on this page. */
  missing: string[];
  /** Display name per need id: the user's own names for renamed and custom needs. */
  needNames: Record<string, string>;
  /** What went wrong, in words a person can act on (status 'error'). */
  error?: string | null;
  /** The pipeline stage when this person is already saved. */
  stage?: Stage | null;
  confirmed?: NeedId[];
  collapsed: boolean;
  onToggle: (collapsed: boolean) => void;
  /** Saves with the tagged needs; resolves to the stage the person is in. */
  onSave: () => Promise<Stage>;
  onDraft: (need: NeedId | null) => Promise<void>;
  onFeedback: (need: NeedId, verdict: Verdict) => Promise<void>;
  onOpenNeedsMap: () => Promise<void>;
  /** Text for "Copy diagnostic": page structure only, no page content. */
  diagnostic?: () => string;
  /** False when the page forbids the clipboard; the text is then shown to copy by hand. */
  copy?: (text: string) => Promise<boolean>;
}

const LABEL_TEXT: Record<Label, { text: string; why: string }> = {
  bold: {
    text: 'Bold ask',
    why: 'Beyond your usual circle: more senior, another organisation or not yet connected.',
  },
  confidante: { text: 'Confidante', why: 'Outside your organisation and your field: safer to be open with.' },
  peer: { text: 'Peer', why: 'About your level: good for a peer group.' },
  reciprocal: { text: 'Reciprocal', why: 'You can offer something this person may want.' },
};

export function ProfilePanel(props: ProfilePanelProps) {
  const { collapsed, status } = props;
  const [rejected, setRejected] = useState<NeedId[]>([]);
  const visible = props.tags.filter((t) => !rejected.includes(t.need));
  const summary =
    status === 'ready'
      ? visible.length === 1
        ? '1 need'
        : `${visible.length} needs`
      : status === 'reading' || status === 'tagging'
        ? 'reading…'
        : status === 'error'
          ? 'not available'
          : 'could not read';
  return (
    <section class="panel" data-status={status} data-collapsed={String(collapsed)} aria-label="Constellation">
      <header class="head">
        <span class="mark" aria-hidden="true">
          ✦
        </span>
        <h2 class="title">Constellation</h2>
        <span class="summary">{summary}</span>
        <button
          type="button"
          class="icon-button"
          data-action="collapse"
          aria-expanded={!collapsed}
          aria-controls="constellation-body"
          aria-label={collapsed ? 'Show Constellation panel' : 'Hide Constellation panel'}
          onClick={() => props.onToggle(!collapsed)}
        >
          <span aria-hidden="true" class="chevron" />
        </button>
      </header>
      {collapsed ? null : (
        <div class="content" id="constellation-body">
          <div class="body">
            <PanelBody {...props} tags={visible} onRejected={(need) => setRejected([...rejected, need])} />
          </div>
          {/* Outside the scrolling part, so save and draft stay in reach however long the list. */}
          {hasActions(props) ? (
            <footer class="foot">
              <Actions {...props} tags={visible} />
            </footer>
          ) : null}
        </div>
      )}
    </section>
  );
}

const hasActions = (props: ProfilePanelProps) =>
  props.status !== 'reading' && props.status !== 'unreadable' && !!props.name;

const FIELD_WORDS: Record<string, string> = {
  mutualConnections: 'mutual connections',
  degree: 'connection degree',
  about: 'About section',
};
const fieldWords = (field: string) => FIELD_WORDS[field] ?? field;

function PanelBody(props: ProfilePanelProps & { onRejected: (need: NeedId) => void }) {
  if (props.status === 'reading') return <p class="note">Reading this profile…</p>;
  if (props.status === 'unreadable' || !props.name) return <Unreadable {...props} />;
  return (
    <>
      <div class="person">
        <h3 class="name">{props.name}</h3>
        {props.headline ? <p class="headline">{props.headline}</p> : null}
      </div>
      {props.labels.length ? (
        <ul class="labels" aria-label="Labels">
          {props.labels.map((label) => (
            <li key={label} class="label" data-label={label} title={LABEL_TEXT[label]?.why}>
              {LABEL_TEXT[label]?.text ?? label}
            </li>
          ))}
        </ul>
      ) : null}
      {props.status === 'error' ? (
        <p class="problem" role="alert">
          {props.error || 'Constellation could not tag this profile.'}
        </p>
      ) : props.status === 'tagging' ? (
        <p class="note">Matching against your needs…</p>
      ) : (
        <TagList {...props} />
      )}
      {props.missing.length ? (
        <p class="missing">
          Not found on this page: {props.missing.map(fieldWords).join(', ')}. Tags use what the page shows.
        </p>
      ) : null}
    </>
  );
}

function TagList(props: ProfilePanelProps & { onRejected: (need: NeedId) => void }) {
  const [confirmedHere, setConfirmed] = useState<NeedId[]>([]);
  const confirmed = [...(props.confirmed ?? []), ...confirmedHere];
  const [problem, setProblem] = useState<string | null>(null);
  if (!props.tags.length) {
    return <p class="note">None of your unmet needs matched what this page shows.</p>;
  }
  const verdict = async (need: NeedId, v: Verdict) => {
    setProblem(null);
    try {
      await props.onFeedback(need, v);
      if (v === 'reject') props.onRejected(need);
      else setConfirmed([...confirmedHere, need]);
    } catch (error) {
      setProblem(message(error));
    }
  };
  return (
    <>
      <ul class="tags" aria-label="Needs this person could meet">
        {props.tags.map((tag) => (
          <TagItem
            key={tag.need}
            tag={tag}
            needName={props.needNames[tag.need] ?? tag.need}
            confirmed={confirmed.includes(tag.need)}
            onConfirm={() => verdict(tag.need, 'confirm')}
            onReject={() => verdict(tag.need, 'reject')}
          />
        ))}
      </ul>
      {problem ? (
        <p class="problem" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
