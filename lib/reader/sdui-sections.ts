import { EXPERIENCE_CAPS, PROFILE_CAPS } from '../caps';
import type { Experience } from '../domain';
import { firstPart, safe } from './dom';
import { type Alternatives, queryFirst, SDUI_ENTRY } from './selectors';
import { textOf } from './text';

// sdui-2026 experience and skills arrive as the user scrolls: LinkedIn fills the
// profileCardsBelowActivity placeholders with sections keyed like the top card
// ("…ref<URN>Experience", "…Skills"). They carry no class hooks, so entries are list items and
// what each paragraph holds is told by its text: a date range ("Jan 2020 - Present", "2019 – 2021").

const MAX_ENTRIES = PROFILE_CAPS.experience;
const MAX_PARAGRAPHS = 12;
const YEAR = /\b(?:19|20)\d{2}\b/;
const RANGE = /[-–—]|present|heute|aujourd|actualidad|o momento|atual|presente/i;

export function isDateRange(text: string | null): boolean {
  return !!text && text.length < 120 && YEAR.test(text) && RANGE.test(text);
}

/** The list items of `root` that no other list item of it holds (a group's roles are inside). */
function entries(root: Element): Element[] {
  const out: Element[] = [];
  for (const item of root.querySelectorAll(SDUI_ENTRY)) {
    const outer = item.parentElement?.closest(SDUI_ENTRY);
    if (!outer || !root.contains(outer)) out.push(item);
    if (out.length >= MAX_ENTRIES) break;
  }
  return out;
}

/** Paragraph texts of an entry, leaving out those of the entries nested in it. */
function ownTexts(item: Element): string[] {
  const out: string[] = [];
  for (const p of item.querySelectorAll('p')) {
    if (p.closest(SDUI_ENTRY) !== item) continue;
    const text = textOf(p, EXPERIENCE_CAPS.title);
    if (text) out.push(text);
    if (out.length >= MAX_PARAGRAPHS) break;
  }
  return out;
}

function nestedEntries(item: Element): Element[] {
  return [...item.querySelectorAll(SDUI_ENTRY)].filter(
    (inner) => inner !== item && inner.parentElement?.closest(SDUI_ENTRY) === item,
  );
}

export function readSduiExperience(doc: Document, section: Alternatives): Experience[] {
  const root = queryFirst(doc, section);
  if (!root) return [];
  const out: Experience[] = [];
  for (const item of entries(root)) {
    for (const entry of safe(() => readEntry(item), [])) if (out.length < MAX_ENTRIES) out.push(entry);
  }
  return out;
}

function readEntry(item: Element): Experience[] {
  const own = ownTexts(item);
  // A grouped employer: its own lines are the company and the total time; the roles are inside.
  const roles = nestedEntries(item)
    .map(ownTexts)
    .filter((texts) => texts.some(isDateRange));
  if (roles.length)
    return roles.map((texts) => ({
      title: texts[0] ?? null,
      company: own[0] ?? null,
      dates: firstPart(texts.find(isDateRange) ?? null),
    }));
  const at = own.findIndex(isDateRange);
  if (at < 1) return []; // no dates, or nothing before them: not a position
  return [
    {
      title: own[0] ?? null,
      company: at > 1 ? firstPart(own[1] ?? null) : null,
      dates: firstPart(own[at] ?? null),
    },
  ];
}

/** Skill names: each entry's first line ("Python"; its endorsements follow). */
export function readSduiSkills(doc: Document, section: Alternatives): string[] {
  const root = queryFirst(doc, section);
  if (!root) return [];
  const out: string[] = [];
  for (const item of entries(root)) {
    const first = ownTexts(item)[0];
    if (first) out.push(first);
  }
  return out;
}
