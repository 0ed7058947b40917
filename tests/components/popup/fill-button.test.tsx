// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FillButton } from '../../../components/popup/FillButton';
import type { FillResult } from '../../../components/popup/fill-tab';

afterEach(cleanup);

const button = () => screen.queryByRole('button', { name: 'Fill LinkedIn’s message box' });

describe('FillButton', () => {
  it('is not there when the active tab is not LinkedIn', async () => {
    const findTab = vi.fn(async () => null);
    render(<FillButton text="Hello" findTab={findTab} fill={vi.fn()} />);
    await waitFor(() => expect(findTab).toHaveBeenCalled());
    expect(button()).toBeNull();
  });

  it.each<[string, FillResult | null, string]>([
    ['filled', { filled: true, reason: 'filled' }, 'Filled — review and send it yourself.'],
    ['no box open', { filled: false, reason: 'no-box' }, 'Open a message box on LinkedIn first.'],
    [
      'too long',
      { filled: false, reason: 'too-long' },
      'Too long for that box: shorten it or pick its channel.',
    ],
    ['no content script', null, 'Reload the LinkedIn tab, open a message box, then try again.'],
  ])('on a click sends the text to the LinkedIn tab and says the outcome (%s)', async (_, answer, words) => {
    const fill = vi.fn(async () => answer);
    render(
      <FillButton
        text={'Hi Ada,\nshort question'}
        subject="About forecasting"
        findTab={async () => 7}
        fill={fill}
      />,
    );
    const b = (await screen.findByRole('button', {
      name: 'Fill LinkedIn’s message box',
    })) as HTMLButtonElement;
    expect(fill).not.toHaveBeenCalled();
    fireEvent.click(b);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(words));
    expect(fill).toHaveBeenCalledWith(7, { text: 'Hi Ada,\nshort question', subject: 'About forecasting' });
  });

  it('leaves the subject out when there is none, and is disabled for empty text', async () => {
    const fill = vi.fn(async () => ({ filled: true, reason: 'filled' as const }));
    const { rerender } = render(<FillButton text="  " findTab={async () => 3} fill={fill} />);
    const b = (await screen.findByRole('button', {
      name: 'Fill LinkedIn’s message box',
    })) as HTMLButtonElement;
    expect(b.disabled).toBe(true);
    rerender(<FillButton text="Hello" findTab={async () => 3} fill={fill} />);
    fireEvent.click(b);
    await waitFor(() => expect(fill).toHaveBeenCalledWith(3, { text: 'Hello' }));
  });
});
