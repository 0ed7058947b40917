// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onDomChange, waitFor } from '../../lib/content/wait-for';

afterEach(() => {
  document.body.innerHTML = '';
});

const probe = () => document.querySelector('#target');

describe('waitFor', () => {
  it('resolves at once when the page already shows it', async () => {
    document.body.innerHTML = '<p id="target"></p>';
    await expect(waitFor(document, probe, new AbortController().signal)).resolves.toBe(probe());
  });

  it('resolves after the DOM change that makes it true', async () => {
    const found = waitFor(document, probe, new AbortController().signal);
    const p = document.createElement('p');
    p.id = 'target';
    document.body.append(p);
    await expect(found).resolves.toBe(p);
  });

  it('resolves null when the signal aborts first, and stops observing', async () => {
    const controller = new AbortController();
    const spy = vi.fn(probe);
    const found = waitFor(document, spy, controller.signal);
    controller.abort();
    await expect(found).resolves.toBeNull();
    const calls = spy.mock.calls.length;
    document.body.append(document.createElement('div'));
    await Promise.resolve();
    expect(spy.mock.calls.length).toBe(calls);
  });

  it('resolves null for an already aborted signal without probing', async () => {
    const spy = vi.fn(probe);
    await expect(waitFor(document, spy, AbortSignal.abort())).resolves.toBeNull();
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('onDomChange', () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  it('calls back once per frame for relevant changes only, until aborted', async () => {
    const controller = new AbortController();
    const onChange = vi.fn();
    onDomChange(
      document.body,
      (records) => records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'SECTION')),
      onChange,
      controller.signal,
    );
    document.body.append(document.createElement('div'));
    await frame();
    await frame();
    expect(onChange).not.toHaveBeenCalled();
    document.body.append(document.createElement('section'));
    document.body.append(document.createElement('section'));
    await frame();
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
    document.body.append(document.createElement('section'));
    await frame();
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
