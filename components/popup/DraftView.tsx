import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { coach } from '../../lib/coach';
import type { Channel, NeedId, Tag } from '../../lib/domain';
import { draftRequest, hasSubject, NOTE_BUDGET_SPENT, noteBudget } from '../../lib/draft';
import type { PageTags } from '../../lib/page-report';
import { useApi } from '../shared/ApiContext';
import { CopyButton } from './CopyButton';
import { DraftEditor } from './DraftEditor';
import { DraftPickers } from './DraftPickers';
import { draftPerson, needOptions } from './draft-model';
import { FillButton } from './FillButton';
import type { PopupActions, PopupData } from './popup-state';
import { useLoad } from './use-load';

export interface DraftViewProps {
  data: PopupData;
  /** The LinkedIn profile in the active tab, if any: offered first. */
  pageSlug: string | null;
  pageTags?: PageTags | null;
  /** Preselected by `#draft?slug=…&need=…` or a "Draft" button. */
  slug?: string;
  need?: NeedId;
  now: () => Date;
  actions: PopupActions;
}

// One empty list, so memos that depend on the tags do not rerun (and reset the text) every render.
const NO_TAGS: Tag[] = [];

/** Pick person, need and channel; edit the draft with the coach watching; copy, save or mark sent. */
export function DraftView({ data, pageSlug, pageTags = null, slug, need, now, actions }: DraftViewProps) {
  const api = useApi();
  const { config, people } = data;
  const [who, setWho] = useState(slug ?? pageSlug ?? people[0]?.slug ?? '');
  const person = people.find((p) => p.slug === who) ?? null;
  const page = pageTags?.slug === who ? pageTags : null;
  const tags = page?.tags ?? person?.tags ?? NO_TAGS;
  const options = useMemo(() => needOptions(config.needs, person, tags), [config.needs, person, tags]);
  const [what, setWhat] = useState<NeedId | ''>(need ?? '');
  const needId = what && options.some((o) => o.need.id === what) ? what : (options[0]?.need.id ?? '');
  const [channel, setChannel] = useState<Channel>('connection-note');
  const [variant, setVariant] = useState(0);
  const sent = useLoad(() => api.notesSentLast30Days(now().toISOString()), data.version, data.version >= 0);

  const draft = useMemo(
    () =>
      who
        ? draftRequest({
            self: config.self,
            needs: config.needs,
            settings: config.settings,
            person: draftPerson(person, who, page),
            tags,
            needIds: needId ? [needId] : [],
            channel,
            variant,
            notesSentLast30Days: sent.value ?? 0,
          })
        : null,
    [who, person, page, tags, needId, channel, variant, config, sent.value],
  );
  const [text, setText] = useState('');
  const [subject, setSubject] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const edited = useRef(false);
  const chosen = useRef('');
  // A new person, need, channel or version replaces the text: that is what the user asked for. A
  // fresher record of the same person (after "Save as drafted") must not undo the user's edits.
  useEffect(() => {
    const selection = `${who}\u0000${needId}\u0000${channel}\u0000${variant}`;
    if (selection === chosen.current && edited.current) return;
    if (selection !== chosen.current) setStatus(null);
    chosen.current = selection;
    edited.current = false;
    setText(draft?.text ?? '');
    setSubject(draft?.subject ?? '');
  }, [draft, who, needId, channel, variant]);
  const edit = (value: string) => {
    edited.current = true;
    setText(value);
  };

  const result = useMemo(
    () =>
      coach(text, {
        channel,
        settings: config.settings,
        premium: config.self.premium,
        subject: hasSubject(channel) ? subject : undefined,
        personName: person?.name || page?.name || null,
        // Telling a colleague where you work is a fault only the two organisations reveal.
        organization: config.self.organization,
        personCompany: person?.company || person?.snapshot?.company || null,
      }),
    [text, channel, subject, config, person, page],
  );

  const budget = noteBudget(sent.value ?? 0, config.settings, config.self.premium);
  const budgetSpent = channel === 'connection-note' && budget === 0;
  const full = hasSubject(channel) && subject ? `${subject}\n\n${text}` : text;

  const record = async (stage: 'drafted' | 'sent') => {
    if (!person) {
      // Someone on the page but not saved yet: saving is what the user is doing now.
      await api.savePerson({ slug: who, name: page?.name ?? null }, needId ? [needId] : []);
    }
    const moved = await actions.move(who, stage, { channel, text: full, needs: needId ? [needId] : [] });
    if (moved)
      setStatus(
        stage === 'drafted' ? 'Saved as drafted.' : 'Marked as sent. A follow-up comes due if no reply.',
      );
  };

  if (!who)
    return (
      <p class="empty-state">
        Nobody to write to yet. Open someone’s LinkedIn profile, or save people to your pipeline first.
      </p>
    );

  return (
    <div class="draft-view">
      <DraftPickers
        people={people}
        pageSlug={pageSlug}
        pageName={pageTags?.name ?? null}
        who={who}
        onWho={setWho}
        needId={needId}
        needs={options}
        onNeed={setWhat}
        channel={channel}
        onChannel={setChannel}
      />
      {budgetSpent || draft?.suggestion ? (
        <p class="warning" data-constellation="note-budget">
          {draft?.suggestion ?? NOTE_BUDGET_SPENT}
        </p>
      ) : null}
      {draft?.missing.length ? (
        <p class="hint small">
          Fill in your self-profile for a stronger draft: {draft.missing.join(', ')} (marked [like this]
          below).
        </p>
      ) : null}
      {hasSubject(channel) ? (
        <label class="subject">
          <span class="picker-label">Subject</span>
          <input
            type="text"
            value={subject}
            maxLength={200}
            onInput={(e) => {
              edited.current = true;
              setSubject(e.currentTarget.value);
            }}
          />
        </label>
      ) : null}
      <DraftEditor text={text} result={result} onInput={edit} />
      <div class="row-actions draft-actions">
        <CopyButton text={full} class="primary" />
        <button type="button" data-action="another" onClick={() => setVariant((v) => v + 1)}>
          Another version
        </button>
        <button
          type="button"
          data-action="save-drafted"
          disabled={!text.trim()}
          onClick={() => void record('drafted')}
        >
          Save as drafted
        </button>
        <button
          type="button"
          data-action="mark-sent"
          disabled={!text.trim()}
          onClick={() => void record('sent')}
        >
          Mark as sent
        </button>
        <FillButton text={text} subject={hasSubject(channel) ? subject : undefined} />
      </div>
      <p class="muted small">
        You send it yourself, on LinkedIn or by email. Constellation never sends anything.
        {status ? (
          <span class="status" role="status">
            {' '}
            {status}
          </span>
        ) : null}
      </p>
    </div>
  );
}
