// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Lifetime } from '../../lib/content/lifetime';
import { mountPanelHost } from '../../lib/content/panel-host';
import type { ProfilePanelProps } from '../../lib/content/ui/panel-props';

// Each test's panel is torn down with its lifetime, as a navigation would; else it would come back.
let controllers: AbortController[] = [];
/** A lifetime that ends when aborted, or at its next check once `gone` says the extension went. */
const lifetime = (gone = () => false, controller = new AbortController()): Lifetime => {
  controllers.push(controller);
  return {
    signal: controller.signal,
    alive() {
      if (gone()) controller.abort();
      return !controller.signal.aborted;
    },
    end: () => controller.abort(),
  };
};
afterEach(() => {
  for (const c of controllers) c.abort();
  controllers = [];
  document.body.innerHTML = '';
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const hosts = () => document.querySelectorAll('[data-constellation="profile-panel"]');

const props = (name: string): ProfilePanelProps => ({
  status: 'ready',
  name,
  tags: [{ need: 'community', strength: 0.7, reasons: ['Runs a meetup'] }],
  labels: [],
  missing: [],
  needNames: {},
  collapsed: false,
  onToggle: () => {},
  onSave: async () => 'identified',
  onDraft: async () => {},
  onFeedback: async () => {},
  onOpenNeedsMap: async () => {},
});

describe('mountPanelHost', () => {
  it('mounts one host at the end of body with a closed shadow root holding the panel', () => {
    const panel = mountPanelHost('.panel{color:red}', lifetime());
    panel.render('ada', props('Ada Quill'));
    expect(hosts()).toHaveLength(1);
    expect(document.body.lastElementChild).toBe(panel.element);
    // The page reads nothing: no root from the host, no attribute but our hook.
    expect(panel.element.shadowRoot).toBeNull();
    expect(panel.element.getAttributeNames()).toEqual(['data-constellation']);
    const root = panel.root;
    expect(root.mode).toBe('closed');
    // Reset, and out of the page's flow (an in-flow host relaid out the whole page).
    expect(root.querySelector('style')?.textContent).toMatch(
      /^:host\{all:initial !important;position:fixed !important;/,
    );
    expect(root.querySelector('[data-need="community"]')).not.toBeNull();
    expect(root.querySelector('.name')?.textContent).toBe('Ada Quill');
  });

  it('re-renders in place for the next person', () => {
    const panel = mountPanelHost('.panel{color:red}', lifetime());
    panel.render('ada', props('Ada Quill'));
    panel.render('bo', props('Bo Lind'));
    expect(hosts()).toHaveLength(1);
    expect(panel.root.querySelector('.name')?.textContent).toBe('Bo Lind');
  });

  it('comes back once when the page removes it, and not a second time', async () => {
    const panel = mountPanelHost('.panel{color:red}', lifetime());
    panel.element.remove();
    await tick();
    expect(hosts()).toHaveLength(1);
    panel.element.remove();
    await tick();
    expect(hosts()).toHaveLength(0);
  });

  it('goes away with its signal and stays away', async () => {
    const controller = new AbortController();
    const panel = mountPanelHost('', lifetime(undefined, controller));
    controller.abort();
    expect(hosts()).toHaveLength(0);
    panel.render('ada', props('Ada Quill'));
    await tick();
    expect(hosts()).toHaveLength(0);
  });

  it('an orphaned copy (the extension was updated or removed) leaves at the next page change', async () => {
    let gone = false;
    const panel = mountPanelHost(
      '.panel{color:red}',
      lifetime(() => gone),
    );
    panel.render('ada', props('Ada Quill'));
    gone = true;
    document.body.append(document.createElement('main'));
    await tick();
    expect(hosts()).toHaveLength(0);
    // And it does not come back when the page changes again.
    document.body.append(document.createElement('aside'));
    await tick();
    expect(hosts()).toHaveLength(0);
  });

  it('keeps keys typed in the panel away from the page', () => {
    const panel = mountPanelHost('.panel{color:red}', lifetime());
    panel.render('ada', props('Ada Quill'));
    let reached = 0;
    document.addEventListener('keydown', () => reached++);
    const button = panel.root.querySelector('button')!;
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(reached).toBe(0);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(reached).toBe(1);
  });
});
