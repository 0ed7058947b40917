import { useEffect, useRef, useState } from 'preact/hooks';
import type { Display, Need, SelfProfile, UserConfig } from '../../lib/domain';
import { errorText, useApi } from '../shared/ApiContext';
import { DisplayChoice } from '../shared/DisplayChoice';
import { TagInput } from '../shared/TagInput';
import { NeedPicker, StatusList, TextStep } from './FirstRunSteps';
import { AddNeed } from './NeedsMap';
import { changedFields, customNeed, withAllNeeds } from './need-list';

export type FirstRunProps = { config: UserConfig; onDone(): void };

const STEPS = ['needs', 'status', 'goal', 'success', 'offers'] as const;
type Step = (typeof STEPS)[number];

/**
 * The two questions that matter (what do I need, which of it is unmet), then the three that make
 * an ask bold and concrete. Every step saves; skipping keeps what was answered.
 */
export function FirstRun({ config, onDone }: FirstRunProps) {
  const api = useApi();
  const [step, setStep] = useState<Step>('needs');
  const [needs, setNeeds] = useState(() => withAllNeeds(config.needs));
  // A returning user (onboarding reset) keeps their choice; a new one starts with none picked.
  const [picked, setPicked] = useState(
    () => new Set(config.needs.some((n) => n.hidden) ? needs.filter((n) => !n.hidden).map((n) => n.id) : []),
  );
  const [self, setSelf] = useState<SelfProfile>(config.self);
  // A returning user keeps the display they chose; a new one starts from the side panel.
  const [display, setDisplay] = useState<Display>(config.settings.display);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const index = STEPS.indexOf(step);

  useEffect(() => heading.current?.focus(), [step]);

  const chosen = needs.filter((need) => picked.has(need.id));
  const save = async () => {
    // Only a real choice hides anything: skipping at once must not hide all nine.
    const withHidden = picked.size ? needs.map((need) => ({ ...need, hidden: !picked.has(need.id) })) : needs;
    // Only what the steps changed (issue 14): an options tab open elsewhere keeps its edits.
    const before = new Map(withAllNeeds(config.needs).map((n) => [n.id, n]));
    const patches = withHidden
      .map((need) => {
        const was = before.get(need.id);
        return was ? changedFields(was, need) : need;
      })
      .filter((patch) => Object.keys(patch).length > 1);
    if (patches.length) await api.saveNeeds(patches);
    const selfPatch = Object.fromEntries(
      Object.entries(self).filter(
        ([k, v]) => JSON.stringify(v) !== JSON.stringify(config.self[k as keyof SelfProfile]),
      ),
    );
    if (Object.keys(selfPatch).length) await api.saveSelf(selfPatch);
  };
  const go = async (next: Step | 'finish') => {
    setSaving(true);
    setError(null);
    try {
      await save();
      if (next === 'finish') {
        await api.saveSettings({ onboarded: true, display });
        onDone();
      } else setStep(next);
    } catch (e) {
      setError(`Could not save: ${errorText(e)}`);
    } finally {
      setSaving(false);
    }
  };
  const nextStep = STEPS[index + 1] ?? 'finish';
  const blocked = step === 'needs' && picked.size === 0;

  const toggle = (need: Need) =>
    setPicked((old) => {
      const next = new Set(old);
      if (next.has(need.id)) next.delete(need.id);
      else next.add(need.id);
      return next;
    });
  const addOwn = (name: string) => {
    const need = customNeed(name, needs);
    setNeeds((old) => [...old, need]);
    setPicked((old) => new Set(old).add(need.id));
  };

  return (
    <main class="first-run" data-constellation="first-run" data-step={step}>
      <div class="first-run-top">
        <p class="brand">Constellation</p>
        <button type="button" class="btn btn-quiet" disabled={saving} onClick={() => void go('finish')}>
          Skip for now
        </button>
      </div>
      <ol class="steps" aria-label={`Step ${index + 1} of ${STEPS.length}`}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            class={i < index ? 'done' : i === index ? 'current' : ''}
            aria-current={i === index ? 'step' : undefined}
          >
            <span class="visually-hidden">Step {i + 1}</span>
          </li>
        ))}
      </ol>
      <form
        class="first-run-step"
        onSubmit={(event) => {
          event.preventDefault();
          if (!blocked && !saving) void go(nextStep);
        }}
      >
        <p class="step-count" aria-hidden="true">
          {index < 2 ? `Question ${index + 1} of 2` : `Making your ask bold: ${index - 1} of 3`}
        </p>
        {step === 'needs' && (
          <>
            <h1 ref={heading} tabIndex={-1}>
              What do you need from the people around you?
            </h1>
            <p class="lede">
              No single person meets every need. Pick the ones that matter now; each can be met by someone
              different.
            </p>
            <NeedPicker needs={needs} picked={picked} onToggle={toggle} />
          </>
        )}
        {step === 'status' && (
          <>
            <h1 ref={heading} tabIndex={-1}>
              Which of these is unmet today?
            </h1>
            <p class="lede">Be honest: the unmet ones are what Constellation looks for as you browse.</p>
            <StatusList
              needs={chosen}
              onStatus={(id, status) =>
                setNeeds((old) => old.map((n) => (n.id === id ? { ...n, status } : n)))
              }
            />
          </>
        )}
        {step === 'goal' && (
          <TextStep
            headingRef={heading}
            id="first-run-goal"
            title="Where do you want to go next?"
            lede="One sentence you could say out loud. A clear goal makes it easy for someone to say yes."
            placeholder="e.g. Lead a data team in a hospital within two years"
            value={self.goal}
            onInput={(goal) => setSelf({ ...self, goal })}
          />
        )}
        {step === 'success' && (
          <TextStep
            headingRef={heading}
            id="first-run-success"
            title="What would success look like?"
            lede="How you, and the people who help you, will know it worked."
            placeholder="e.g. Shortlisted for a team-lead role, with two people who vouch for me"
            value={self.success}
            onInput={(success) => setSelf({ ...self, success })}
          />
        )}
        {step === 'offers' && (
          <>
            <h1 ref={heading} tabIndex={-1}>
              What can you offer in return?
            </h1>
            <p class="lede">The best asks go both ways. Skills, a fresh view, introductions of your own.</p>
            <TagInput
              id="first-run-offers"
              label="What I can offer"
              values={self.offers}
              placeholder="e.g. R and survival analysis, reviewing grant drafts"
              help="Press Enter or type a comma after each."
              onChange={(offers) => setSelf({ ...self, offers })}
            />
            <DisplayChoice value={display} onChange={setDisplay} idPrefix="first-run" />
          </>
        )}
        {step === 'needs' && <AddNeed onAdd={addOwn} />}
        {error && (
          <p class="notice notice-error" role="alert">
            {error}
          </p>
        )}
        {blocked && <p class="help">Pick at least one need to go on, or skip for now.</p>}
        <div class="first-run-nav">
          {index > 0 && (
            <button
              type="button"
              class="btn"
              disabled={saving}
              onClick={() => setStep(STEPS[index - 1] ?? 'needs')}
            >
              Back
            </button>
          )}
          <button type="submit" class="btn btn-primary" disabled={blocked || saving}>
            {nextStep === 'finish' ? 'Done: open my needs map' : 'Next'}
          </button>
        </div>
      </form>
    </main>
  );
}
