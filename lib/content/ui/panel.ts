import type { NeedId } from '../../domain';
import { h, morph } from './dom';
import { errorText, freshState, type PanelState, type ProfilePanelProps } from './panel-props';
import { panelView, visible } from './panel-tree';
import { onTrusted } from './trusted';

export interface Panel {
  /** `key` is the person: a new key starts the panel's own state (saved, rejected) afresh. */
  render(key: string, props: ProfilePanelProps): void;
}

/**
 * The profile panel in `container`. One click listener serves every button (found by its
 * data-action), so a re-render is a pure view of props and state morphed into the live nodes. Only
 * the user's own clicks (and Enter or Space on a focused button) press anything.
 */
export function createPanel(container: HTMLElement): Panel {
  let key: string | null = null;
  let props: ProfilePanelProps | null = null;
  let state = freshState();
  let person = 0;
  const draw = () => {
    if (props) morph(container, h('div', null, panelView(props, state)));
  };
  const set = (change: Partial<PanelState>) => {
    state = { ...state, ...change };
    draw();
  };
  // A failure lands in the state of the person it was for, never in the next one's.
  const act = async (
    work: () => Promise<Partial<PanelState> | undefined>,
    field: 'problem' | 'tagProblem',
  ) => {
    const mine = person;
    set({ [field]: null, busy: field === 'problem' });
    try {
      const change = await work();
      if (mine === person) set(field === 'problem' ? { ...change, busy: false } : { ...change });
    } catch (error) {
      if (mine === person) set({ [field]: errorText(error), busy: state.busy && field !== 'problem' });
    }
  };

  onTrusted(container, 'click', (event) => {
    const button = (event.target as Element).closest?.('button');
    const p = props;
    if (!button || !p) return;
    const need = button.closest('[data-need]')?.getAttribute('data-need') as NeedId | null;
    const action = button.getAttribute('data-action') ?? button.className;
    if (action === 'collapse') p.onToggle(!p.collapsed);
    else if (action === 'more' && need)
      set({ open: state.open.includes(need) ? state.open.filter((n) => n !== need) : [...state.open, need] });
    else if (action === 'save') void act(async () => ({ saved: await p.onSave() }), 'problem');
    else if (action === 'draft')
      void act(async () => void (await p.onDraft(visible(p, state)[0]?.need ?? null)), 'problem');
    else if (action === 'needs-map') void act(async () => void (await p.onOpenNeedsMap()), 'problem');
    else if ((action === 'confirm' || action === 'reject') && need)
      void act(async () => {
        await p.onFeedback(need, action);
        return action === 'reject'
          ? { rejected: [...state.rejected, need] }
          : { confirmed: [...state.confirmed, need] };
      }, 'tagProblem');
    else if (action === 'copy-diagnostic') void copyDiagnostic(p);
  });
  const copyDiagnostic = async (p: ProfilePanelProps) => {
    const text = (await p.diagnostic?.().catch(() => null)) ?? '';
    const ok = p.copy ? await p.copy(text).catch(() => false) : false;
    set({ copied: ok, shown: ok ? null : text });
  };

  return {
    render(nextKey, nextProps) {
      if (nextKey !== key) {
        state = freshState();
        person++;
      }
      key = nextKey;
      props = nextProps;
      draw();
    },
  };
}
