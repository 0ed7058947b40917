// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NeedsMap } from '../../../components/options/NeedsMap';
import { SelfProfileForm } from '../../../components/options/SelfProfileForm';
import { ApiProvider } from '../../../components/shared/ApiContext';
import { EMPTY_SELF } from '../../../lib/domain';
import { renderWithApi, settle } from './render';
import { TestApi } from './store-api';

// The store cleans what it is given (issue 14: trailing spaces go, invisible characters go), and
// after every write the background tells each open page to take the stored values. The page that
// typed them must not take its own text back cleaned: a user who pauses after "on " and goes on
// typing would get "onmy". Only a real change, from another tab, replaces what is shown.

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('text typed here, saved, and echoed back by the store', () => {
  it('the self-profile keeps its trailing space and its typed spacing', async () => {
    const { api, rerender } = await renderWithApi(<SelfProfileForm initial={EMPTY_SELF} />);
    fireEvent.input(input('What or where next'), { target: { value: 'Lead a  data team ' } });
    await settle(1000);
    const stored = (await api.config()).self;
    expect(stored.goal).toBe('Lead a data team'); // the store's own rule
    rerender(
      <ApiProvider api={api.asApi()}>
        <SelfProfileForm initial={stored} />
      </ApiProvider>,
    );
    await settle();
    expect(input('What or where next').value).toBe('Lead a  data team ');
  });

  it('another tab’s different text does replace it', async () => {
    const { api, rerender } = await renderWithApi(<SelfProfileForm initial={EMPTY_SELF} />);
    fireEvent.input(input('What or where next'), { target: { value: 'Lead a data team ' } });
    await settle(1000);
    await api.store.saveSelf({ goal: 'Move into policy' });
    rerender(
      <ApiProvider api={api.asApi()}>
        <SelfProfileForm initial={(await api.config()).self} />
      </ApiProvider>,
    );
    await settle();
    expect(input('What or where next').value).toBe('Move into policy');
  });

  it('a need’s ask keeps its trailing space', async () => {
    const api = await TestApi.create();
    const { rerender } = await renderWithApi(<NeedsMap initial={(await api.config()).needs} />, api);
    const field = screen
      .getAllByLabelText('Your specific ask')
      .find((el) => el.closest('[data-need="project-feedback"]')) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'Feedback on ' } });
    await settle(1000);
    const needs = (await api.config()).needs;
    expect(needs.find((n) => n.id === 'project-feedback')?.ask).toBe('Feedback on');
    rerender(
      <ApiProvider api={api.asApi()}>
        <NeedsMap initial={needs} />
      </ApiProvider>,
    );
    await settle();
    expect(field.value).toBe('Feedback on ');
  });
});
