// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { settle } from './render';
import { TestApi } from './store-api';

// Two options tabs on one store (issue 14). Each sends only the fields its user changed; the
// background tells every open page when the user's records changed (here: `broadcast()`, as
// BackgroundHost does after each write), and each page takes the new values except where its
// own user has typed something not saved yet.

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function twoTabs() {
  const a = await TestApi.create({
    needs: [{ id: 'networks', status: 'unmet', ask: 'people in oncology', keywords: [] }],
    self: {
      name: 'Mira',
      organization: '',
      field: '',
      seniority: '',
      goal: 'Lead a team',
      success: '',
      offers: [],
      wants: [],
      location: '',
      formats: ['video'],
      premium: false,
    },
  });
  const b = TestApi.secondTab(a);
  const listeners = new Set<() => void>();
  const changes = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const tab = (api: TestApi) => {
    // Each page in its own form: radio groups of the same name stay apart, as in two real tabs.
    const container = document.body.appendChild(document.createElement('form'));
    render(<OptionsApp api={api.asApi()} changes={changes} />, { container });
    const card = (id: string) => container.querySelector(`.need-card[data-need="${id}"]`) as HTMLElement;
    const field = (within: ParentNode, label: string) => {
      const l = [...within.querySelectorAll('label')].find((el) => el.textContent === label)!;
      return container.querySelector(`[id="${l.htmlFor}"]`) as HTMLInputElement;
    };
    return { api, container, card, field };
  };
  const tabA = tab(a);
  const tabB = tab(b);
  await settle();
  const broadcast = async () => {
    for (const listener of listeners) listener();
    await settle();
  };
  return { tabA, tabB, broadcast };
}

describe('two options tabs', () => {
  it('one hides a need while the other edits its ask: both edits stay, and each tab shows both', async () => {
    const { tabA, tabB, broadcast } = await twoTabs();
    fireEvent.click(
      [...tabA.card('networks').querySelectorAll('button')].find((b) => b.textContent === 'Hide')!,
    );
    fireEvent.input(tabB.field(tabB.card('networks'), 'Your specific ask'), {
      target: { value: 'people who run oncology trials' },
    });
    await settle(300);
    await broadcast();
    expect(await tabA.api.need('networks')).toMatchObject({
      hidden: true,
      ask: 'people who run oncology trials',
    });
    // Tab B now lists it among the hidden needs; tab A, had it been visible, would show B's ask.
    expect(tabB.card('networks')).toBeNull();
    expect(tabB.container.querySelector('.hidden-needs [data-need="networks"]')).not.toBeNull();
  });

  it('the same field: the later write wins and the other tab shows it; what is being typed stays', async () => {
    const { tabA, tabB, broadcast } = await twoTabs();
    const askA = tabA.field(tabA.card('networks'), 'Your specific ask');
    const askB = tabB.field(tabB.card('networks'), 'Your specific ask');
    fireEvent.input(askA, { target: { value: 'from tab A' } });
    await settle(300);
    // B's user is typing (not saved yet) when A's change is announced: B's text stays.
    fireEvent.input(askB, { target: { value: 'from tab B, still typing' } });
    await broadcast();
    expect(askB.value).toBe('from tab B, still typing');
    await settle(300);
    await broadcast();
    expect((await tabA.api.need('networks'))?.ask).toBe('from tab B, still typing');
    expect(tabA.field(tabA.card('networks'), 'Your specific ask').value).toBe('from tab B, still typing');
  });

  it('self-profile and settings: different fields from two tabs both stay, each tab shows the other', async () => {
    const { tabA, tabB, broadcast } = await twoTabs();
    fireEvent.input(tabA.field(tabA.container, 'What or where next'), { target: { value: 'Run a lab' } });
    fireEvent.input(tabB.field(tabB.container, 'Location'), { target: { value: 'Leeds' } });
    fireEvent.input(tabB.field(tabB.container, 'Follow up after (days)'), { target: { value: '9' } });
    await settle(300);
    await broadcast();
    expect((await tabA.api.config()).self).toMatchObject({
      name: 'Mira',
      goal: 'Run a lab',
      location: 'Leeds',
    });
    expect(tabA.field(tabA.container, 'Location').value).toBe('Leeds');
    expect(tabB.field(tabB.container, 'What or where next').value).toBe('Run a lab');
    expect(tabA.field(tabA.container, 'Follow up after (days)').value).toBe('9');
    // Only the changed fields went over the wire.
    expect(tabA.api.callsOf('saveSelf')).toEqual([[{ goal: 'Run a lab' }]]);
    expect(tabB.api.callsOf('saveSelf')).toEqual([[{ location: 'Leeds' }]]);
  });
});
