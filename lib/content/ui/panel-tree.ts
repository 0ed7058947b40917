import { fieldWords } from '../../field-words';
import { h } from './dom';
import type { PanelState, ProfilePanelProps } from './panel-props';
import { labelList, tagList } from './panel-tags';

// The profile panel as a pure view of its props and state (panel.ts morphs it into the page).

export const visible = (props: ProfilePanelProps, state: PanelState) =>
  props.tags.filter((t) => !state.rejected.includes(t.need));

function summary(props: ProfilePanelProps, count: number): string {
  if (props.status === 'ready') return count === 1 ? '1 need' : `${count} needs`;
  if (props.status === 'reading' || props.status === 'tagging') return 'reading…';
  return props.status === 'error' ? 'not available' : 'could not read';
}

export function panelView(props: ProfilePanelProps, state: PanelState): HTMLElement {
  const { collapsed, status } = props;
  const tags = visible(props, state);
  const hasActions = status !== 'reading' && status !== 'unreadable' && !!props.name;
  return h(
    'section',
    {
      class: 'panel',
      'data-status': status,
      'data-collapsed': String(collapsed),
      'aria-label': 'Constellation',
    },
    h(
      'header',
      { class: 'head' },
      h('span', { class: 'mark', 'aria-hidden': 'true' }, '✦'),
      h('h2', { class: 'title' }, 'Constellation'),
      h('span', { class: 'summary' }, summary(props, tags.length)),
      h(
        'button',
        {
          type: 'button',
          class: 'icon-button',
          'data-action': 'collapse',
          'aria-expanded': String(!collapsed),
          'aria-controls': 'constellation-body',
          'aria-label': collapsed ? 'Show Constellation panel' : 'Hide Constellation panel',
        },
        h('span', { 'aria-hidden': 'true', class: 'chevron' }),
      ),
    ),
    collapsed
      ? null
      : h(
          'div',
          { class: 'content', id: 'constellation-body' },
          h('div', { class: 'body' }, body(props, state, tags)),
          // Outside the scrolling part, so save and draft stay in reach however long the list.
          hasActions ? h('footer', { class: 'foot' }, actions(props, state)) : null,
        ),
  );
}

function body(props: ProfilePanelProps, state: PanelState, tags: ProfilePanelProps['tags']) {
  if (props.status === 'reading') return h('p', { class: 'note' }, 'Reading this profile…');
  if (props.status === 'unreadable' || !props.name) return unreadable(state);
  return [
    h(
      'div',
      { class: 'person' },
      h('h3', { class: 'name' }, props.name),
      props.headline ? h('p', { class: 'headline' }, props.headline) : null,
    ),
    labelList(props),
    props.status === 'error'
      ? h(
          'p',
          { class: 'problem', role: 'alert' },
          props.error || 'Constellation could not tag this profile.',
        )
      : props.status === 'tagging'
        ? h('p', { class: 'note' }, 'Matching against your needs…')
        : tagList(props, state, tags),
    props.missing.length
      ? h(
          'p',
          { class: 'missing' },
          `Not found on this page: ${fieldWords(props.missing)}. Tags use what the page shows.`,
        )
      : null,
  ];
}

/** Save, draft and the needs map: the panel's way into the rest of Constellation. */
function actions(props: ProfilePanelProps, state: PanelState) {
  // The store's answer arrives after the first render: what we saved here wins, else the props.
  const stage = state.saved ?? props.stage ?? null;
  return [
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-action': 'save',
          'data-saved': String(!!stage),
          title: 'Save to your pipeline with the needs shown',
          disabled: state.busy,
        },
        stage ? `Saved · ${stage}` : 'Save',
      ),
      h('button', { type: 'button', 'data-action': 'draft', disabled: state.busy }, 'Draft a request'),
      needsMapButton(),
    ),
    h('p', { class: 'status', role: 'status' }, state.problem ?? ''),
  ];
}

const needsMapButton = () =>
  h('button', { type: 'button', class: 'link', 'data-action': 'needs-map' }, 'Needs map');

/** No name on the page: say so plainly and offer a diagnostic that holds no page content. */
function unreadable(state: PanelState) {
  return [
    h('p', { class: 'problem' }, 'Constellation could not read this page'),
    h(
      'p',
      { class: 'note' },
      "LinkedIn may have changed how profiles are built. The diagnostic describes the page's structure only, not what it says.",
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', 'data-action': 'copy-diagnostic' }, 'Copy diagnostic'),
      needsMapButton(),
    ),
    h('p', { class: 'status', role: 'status' }, state.copied ? 'Copied.' : ''),
    state.shown === null
      ? null
      : h(
          'textarea',
          { class: 'diagnostic', readonly: true, 'aria-label': 'Diagnostic to copy', rows: 4 },
          state.shown,
        ),
  ];
}
