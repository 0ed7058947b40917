// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FirstRun } from '../../../components/options/FirstRun';
import { DEFAULT_SETTINGS, EMPTY_SELF } from '../../../lib/domain';
import { defaultNeeds } from '../../../lib/needs-catalog';
import { renderWithApi, settle } from './render';
import { TestApi } from './store-api';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function setup() {
  const api = await TestApi.create({ settings: { ...DEFAULT_SETTINGS, onboarded: false } });
  const onDone = vi.fn();
  const view = await renderWithApi(
    <FirstRun
      config={{ self: EMPTY_SELF, needs: defaultNeeds(), settings: (await api.config()).settings }}
      onDone={onDone}
    />,
    api,
  );
  return { ...view, onDone };
}

const step = () => document.querySelector('[data-constellation="first-run"]')?.getAttribute('data-step');
const next = async () => {
  fireEvent.click(screen.getByRole('button', { name: /^(Next|Done: open my needs map)$/ }));
  await settle();
};

describe('FirstRun', () => {
  it('offers the display choice at the end, side panel first, with what the page display costs', async () => {
    const { api, onDone } = await setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /Accountability/ }));
    for (let i = 0; i < 4; i++) await next();
    expect(step()).toBe('offers');
    const sidePanel = screen.getByRole('radio', { name: /side panel/ }) as HTMLInputElement;
    expect(sidePanel.checked).toBe(true);
    const page = screen.getByRole('radio', { name: /Show on LinkedIn’s pages/ }) as HTMLInputElement;
    expect(page.closest('label')?.textContent).toMatch(/LinkedIn’s rules frown on extensions/);
    fireEvent.click(page);
    await next();
    expect(onDone).toHaveBeenCalled();
    expect((await api.config()).settings).toMatchObject({ onboarded: true, display: 'page' });
  });

  it('walks the five steps, saving each answer, and ends onboarded', async () => {
    const { api, onDone } = await setup();
    expect(step()).toBe('needs');
    // Nothing picked yet: cannot go on (but can skip).
    expect((screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('checkbox', { name: /Project-Specific Feedback/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Accountability/ }));
    fireEvent.input(screen.getByLabelText('Add a need of your own'), {
      target: { value: 'Writing in English' },
    });
    fireEvent.keyDown(screen.getByLabelText('Add a need of your own'), { key: 'Enter' });
    expect((screen.getByRole('checkbox', { name: /Writing in English/ }) as HTMLInputElement).checked).toBe(
      true,
    );
    await next();

    expect(step()).toBe('status');
    const rows = [...document.querySelectorAll('.status-list li')].map((li) => li.getAttribute('data-need'));
    expect(rows).toEqual(['accountability', 'project-feedback', 'custom-writing-in-english']);
    const accountability = document.querySelector(
      '.status-list li[data-need="accountability"]',
    ) as HTMLElement;
    fireEvent.click(within(accountability).getByRole('radio', { name: 'Met' }));
    await next();

    expect(step()).toBe('goal');
    fireEvent.input(screen.getByLabelText('Where do you want to go next?'), {
      target: { value: 'Lead a team' },
    });
    await next();
    expect(step()).toBe('success');
    fireEvent.input(screen.getByLabelText('What would success look like?'), {
      target: { value: 'Shortlisted' },
    });
    await next();
    expect(step()).toBe('offers');
    const offers = screen.getByLabelText('What I can offer');
    fireEvent.input(offers, { target: { value: 'R, survival analysis' } });
    await next();

    expect(onDone).toHaveBeenCalledOnce();
    expect((await api.config()).settings.onboarded).toBe(true);
    expect((await api.config()).self).toMatchObject({
      goal: 'Lead a team',
      success: 'Shortlisted',
      offers: ['R', 'survival analysis'],
    });
    const hidden = (await api.config()).needs.filter((n) => n.hidden).map((n) => n.id);
    expect(hidden).toHaveLength(7);
    expect((await api.need('project-feedback'))?.hidden).toBe(false);
    expect(await api.need('custom-writing-in-english')).toMatchObject({
      name: 'Writing in English',
      hidden: false,
    });
    expect((await api.need('accountability'))?.status).toBe('met');
    expect((await api.need('project-feedback'))?.status).toBe('unmet');
    // Only what the steps changed went to the store (issue 14): the last save names no untouched field.
    expect(Object.keys(api.callsOf('saveSelf').at(-1)![0] as object).sort()).toEqual([
      'goal',
      'offers',
      'success',
    ]);
    const lastNeeds = api.callsOf('saveNeeds').at(-1)![0] as { id: string }[];
    expect(lastNeeds.find((p) => p.id === 'accountability')).toEqual({
      id: 'accountability',
      status: 'met',
      hidden: false,
    });
  });

  it('Back returns to the previous step with answers kept', async () => {
    await setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /Role Models/ }));
    await next();
    await next();
    fireEvent.input(screen.getByLabelText('Where do you want to go next?'), { target: { value: 'Kept' } });
    await next();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(step()).toBe('goal');
    expect((screen.getByLabelText('Where do you want to go next?') as HTMLTextAreaElement).value).toBe(
      'Kept',
    );
  });

  it('Skip at the start hides nothing and marks the user onboarded', async () => {
    const { api, onDone } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    await settle();
    expect(onDone).toHaveBeenCalledOnce();
    expect((await api.config()).settings.onboarded).toBe(true);
    expect((await api.config()).needs.filter((n) => n.hidden)).toEqual([]);
  });

  it('a failed save keeps the user on the step and says why', async () => {
    const { api, onDone } = await setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /Safe Space/ }));
    api.failing.saveNeeds = 'Disk full';
    await next();
    expect(step()).toBe('needs');
    expect(screen.getByRole('alert').textContent).toContain('Disk full');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('moves focus to each step’s question', async () => {
    await setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /Role Models/ }));
    await next();
    expect(document.activeElement?.textContent).toBe('Which of these is unmet today?');
  });
});
