// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SelfProfileForm } from '../../../components/options/SelfProfileForm';
import { parseSetting, SettingsForm } from '../../../components/options/SettingsForm';
import { DEFAULT_SETTINGS, EMPTY_SELF } from '../../../lib/domain';
import { renderWithApi, settle } from './render';
import { TestApi } from './store-api';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SelfProfileForm', () => {
  const setup = async () => {
    const api = await TestApi.create();
    return await renderWithApi(<SelfProfileForm initial={EMPTY_SELF} />, api);
  };

  it('labels every control', async () => {
    await setup();
    for (const el of document.querySelectorAll('input, select, textarea')) {
      const labelled = el.id && document.querySelector(`label[for="${el.id}"]`);
      expect(labelled || el.closest('label'), el.outerHTML).toBeTruthy();
    }
  });

  it.each([
    ['Your name', 'name', 'Alex Moreau'],
    ['Organisation', 'organization', 'Northbridge Health'],
    ['Field', 'field', 'Biostatistics'],
    ['Location', 'location', 'Lyon'],
    ['What or where next', 'goal', 'Lead a data team'],
    ['What success looks like', 'success', 'Two people vouch for me'],
  ])('typing %s saves self.%s after the pause', async (label, key, value) => {
    const { api } = await setup();
    fireEvent.input(screen.getByLabelText(label), { target: { value } });
    expect(api.callsOf('saveSelf')).toHaveLength(0);
    await settle(300);
    expect((await api.config()).self).toMatchObject({ [key]: value });
  });

  it('seniority, Premium, formats and lists save at once', async () => {
    const { api } = await setup();
    fireEvent.change(screen.getByLabelText('Seniority'), { target: { value: 'director' } });
    fireEvent.click(screen.getByLabelText('I have Premium'));
    fireEvent.click(screen.getByLabelText('Phone call'));
    fireEvent.click(screen.getByLabelText('Video call'));
    const wants = screen.getByLabelText('What I want to learn');
    fireEvent.input(wants, { target: { value: 'grant writing' } });
    fireEvent.keyDown(wants, { key: 'Enter' });
    await settle();
    expect((await api.config()).self).toMatchObject({
      seniority: 'director',
      premium: true,
      formats: ['coffee', 'call'],
      wants: ['grant writing'],
    });
  });
});

describe('SettingsForm', () => {
  const setup = async () => {
    const api = await TestApi.create();
    const onSaved = vi.fn();
    return {
      ...(await renderWithApi(<SettingsForm initial={DEFAULT_SETTINGS} onSaved={onSaved} />, api)),
      onSaved,
    };
  };

  it('the display and reminders save at once; the page display says what it costs', async () => {
    const { api, onSaved } = await setup();
    const side = screen.getByRole('radio', { name: /side panel/ }) as HTMLInputElement;
    const page = screen.getByRole('radio', { name: /Show on LinkedIn’s pages/ }) as HTMLInputElement;
    expect(side.checked).toBe(true);
    expect(page.closest('label')?.textContent).toMatch(
      /LinkedIn’s rules frown on .*overlay.*scripts to notice/,
    );
    fireEvent.click(page);
    fireEvent.click(screen.getByRole('checkbox', { name: /Follow-up reminders/ }));
    await settle();
    expect((await api.config()).settings).toMatchObject({ display: 'page', notifications: false });
    expect(onSaved).toHaveBeenLastCalledWith(expect.objectContaining({ display: 'page' }));
    fireEvent.click(side);
    await settle();
    expect((await api.config()).settings.display).toBe('side-panel');
  });

  it('numbers save when valid; a bad value is shown, explained and never saved', async () => {
    const { api } = await setup();
    const free = screen.getByLabelText('Connection-note limit, free account');
    fireEvent.input(free, { target: { value: '250' } });
    await settle(300);
    expect((await api.config()).settings.noteLimitFree).toBe(250);
    fireEvent.input(free, { target: { value: '5' } });
    await settle(300);
    expect((await api.config()).settings.noteLimitFree).toBe(250);
    expect(free.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Enter a whole number from 50 to 1000/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Follow up after (days)'), { target: { value: '10' } });
    await settle(300);
    expect((await api.config()).settings.followUpDays).toBe(10);
  });

  it.each([
    ['200', 200],
    [' 300 ', 300],
    ['50', 50],
    ['1000', 1000],
    ['49', null],
    ['1001', null],
    ['2.5', null],
    ['-3', null],
    ['', null],
    ['1e3', null],
    ['abc', null],
  ])('parseSetting(%j, 50, 1000) → %s', (text, expected) => {
    expect(parseSetting(text, 50, 1000)).toBe(expected);
  });
});
