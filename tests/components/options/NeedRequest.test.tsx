// @vitest-environment happy-dom
import { cleanup, fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NeedsMap } from '../../../components/options/NeedsMap';
import type { Need } from '../../../lib/domain';
import { defaultNeeds } from '../../../lib/needs-catalog';
import { renderWithApi, settle } from './render';
import { TestApi } from './store-api';

// The needs map keeps "what I need" and adds the first request as the user would say it (issue 18).

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const card = (id: string) => document.querySelector(`.need-card[data-need="${id}"]`) as HTMLElement;

async function setup(needs: Need[] = defaultNeeds()) {
  const api = await TestApi.create({ needs });
  await renderWithApi(<NeedsMap initial={(await api.config()).needs} />, api);
  return api;
}

describe('NeedCard: the first request', () => {
  it('shows an example request per category that asks for something, not for a role', async () => {
    await setup();
    for (const id of ['sponsorship', 'safe-space', 'accountability', 'role-models']) {
      const field = within(card(id)).getByLabelText(
        'Your first request, as you would say it',
      ) as HTMLTextAreaElement;
      expect(field.placeholder, id).toMatch(/\?/);
      expect(field.placeholder, id).not.toMatch(/be my|sponsor me|mentor me/i);
    }
    expect(
      (
        within(card('sponsorship')).getByLabelText(
          'Your first request, as you would say it',
        ) as HTMLTextAreaElement
      ).placeholder,
    ).toMatch(/advice/);
  });

  it('saves the request typed, and clearing it removes it', async () => {
    const api = await setup();
    const field = within(card('project-feedback')).getByLabelText('Your first request, as you would say it');
    fireEvent.input(field, { target: { value: 'Would you read my draft?' } });
    await settle(300);
    expect((await api.need('project-feedback'))?.request).toBe('Would you read my draft?');
    expect((await api.need('project-feedback'))?.ask).toBe('');
    fireEvent.input(field, { target: { value: '' } });
    await settle(300);
    expect((await api.need('project-feedback'))?.request).toBeUndefined();
  });
});
