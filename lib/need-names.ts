import type { Need } from './domain';
import { NEED_CATALOG, needName } from './needs-catalog';

/** Display name per need id: every built-in name, then the user's renames and custom needs. */
export function needNames(needs: readonly Need[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [id, entry] of Object.entries(NEED_CATALOG)) names[id] = entry.name;
  for (const need of needs) names[need.id] = needName(need);
  return names;
}
