// Precision, recall, F1 and the near-miss false-positive rate of the matcher on the labelled set.
// A (person, need) pair counts as predicted when the matcher returns any tag for that need,
// whatever its strength: that is what a user sees, and what `inspect --snapshot` prints.
import { NEED_IDS, type NeedId, type Tag } from '../../lib/domain';
import type { Labelled } from './quality-set';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  people: number;
  near: number;
  /** Near-miss people with at least one tag not in their `expect`. */
  nearWrong: number;
}

export interface Outcome {
  entry: Labelled;
  tags: Tag[];
  wrong: Tag[];
  missed: NeedId[];
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, people: 0, near: 0, nearWrong: 0 });

export function add(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  into.people += c.people;
  into.near += c.near;
  into.nearWrong += c.nearWrong;
}

/** Compares one person's tags with their labels; `perNeed` gets each need's own counts. */
export function score(entry: Labelled, tags: Tag[], total: Counts, perNeed: Map<NeedId, Counts>): Outcome {
  const said = new Set(tags.map((t) => t.need));
  const wrong = tags.filter((t) => !entry.expect.includes(t.need));
  const missed = entry.expect.filter((n) => !said.has(n));
  total.people++;
  if (entry.near) {
    total.near++;
    if (wrong.length) total.nearWrong++;
  }
  for (const need of new Set<NeedId>([...NEED_IDS, ...entry.expect, ...said])) {
    const c = perNeed.get(need) ?? zero();
    perNeed.set(need, c);
    const truth = entry.expect.includes(need);
    const got = said.has(need);
    const kind = truth && got ? 'tp' : got ? 'fp' : truth ? 'fn' : null;
    if (!kind) continue;
    c[kind]++;
    total[kind]++;
  }
  return { entry, tags, wrong, missed };
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function figures(c: Counts) {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? null
      : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, nearFp: ratio(c.nearWrong, c.near) };
}

export const fmt = (x: number | null) => (x === null ? '–' : x.toFixed(2));
