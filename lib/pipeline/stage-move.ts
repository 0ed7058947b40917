import { type OutreachEvent, type Person, STAGES, type Stage } from '../domain';
import type { StageChange } from '../pipeline/types';

/** The stage "advance" moves to; closed and ongoing stay where they are. */
export function nextStage(stage: Stage): Stage {
  if (stage === 'ongoing' || stage === 'closed') return stage;
  return STAGES[STAGES.indexOf(stage) + 1] ?? stage;
}

/**
 * A stage move: the person's new state and the event appended to the history. Every move is
 * allowed (people reply before a note is marked sent; a closed door reopens): the history keeps
 * what happened, and the rules read from it.
 */
export function applyStageMove(
  person: Person,
  stage: Stage,
  change: StageChange,
  now: Date,
  id: string,
): { person: Person; event: OutreachEvent } {
  const at = now.toISOString();
  const closedReason = stage === 'closed' ? (change.closedReason ?? 'other') : undefined;
  const event: OutreachEvent = {
    id,
    slug: person.slug,
    stage,
    at,
    needs: change.needs ?? person.needs,
    ...(closedReason ? { closedReason } : {}),
    ...(change.channel ? { channel: change.channel } : {}),
    ...(change.text ? { text: change.text } : {}),
    ...(change.note ? { note: change.note } : {}),
  };
  const { closedReason: _old, ...rest } = person;
  const next: Person = {
    ...rest,
    stage,
    ...(closedReason ? { closedReason } : {}),
    needs: change.needs ? [...new Set([...person.needs, ...change.needs])] : person.needs,
    inPipeline: true,
    updatedAt: at,
  };
  return { person: next, event };
}
