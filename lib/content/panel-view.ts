import type { ContentApi, PageDraw } from '../messages/content';
import type { PageRead } from '../reader';
import type { ProfilePanelProps } from './ui/panel-props';

/** What the content script knows about the profile in view; the panel's props derive from it. */
export interface PanelView {
  slug: string;
  status: ProfilePanelProps['status'];
  read: PageRead | null;
  result: Pick<PageDraw, 'tags' | 'labels' | 'person'> | null;
  error: string | null;
  collapsed: boolean;
  needNames: Record<string, string>;
  labelWords: ProfilePanelProps['labelWords'];
}

export function panelProps(
  view: PanelView,
  api: ContentApi,
  extra: Pick<ProfilePanelProps, 'onToggle' | 'diagnostic'>,
): ProfilePanelProps {
  const profile = view.read?.profile ?? null;
  const person = view.result?.person ?? null;
  const tags = view.result?.tags ?? [];
  // A person the store knows but who is not in the pipeline (only a rejected tag) is not "saved".
  const inPipeline = person?.inPipeline ? person : null;
  return {
    status: view.status,
    name: profile?.name ?? null,
    headline: profile?.headline ?? null,
    tags,
    labels: view.result?.labels ?? [],
    missing: view.read?.missing ?? [],
    needNames: view.needNames,
    labelWords: view.labelWords,
    error: view.error,
    stage: inPipeline?.stage ?? null,
    confirmed: person?.confirmed ?? [],
    collapsed: view.collapsed,
    onToggle: extra.onToggle,
    diagnostic: extra.diagnostic,
    onSave: async () => {
      const saved = await api.savePerson(
        profile ?? { slug: view.slug },
        tags.map((t) => t.need),
      );
      return saved.stage;
    },
    onDraft: (need) => api.openDrafter(view.slug, need),
    onFeedback: (need, verdict) => api.feedback(view.slug, need, verdict),
    onOpenNeedsMap: () => api.openNeedsMap(),
    copy: (text) =>
      navigator.clipboard.writeText(text).then(
        () => true,
        () => false,
      ),
  };
}
