import { PROFILE_CAPS } from '../caps';
import { sectionOf } from './dom';
import { readSduiSkills } from './sdui-sections';
import { queryAll, SKILLS, SKILLS_IN_SECTION, SKILLS_SECTION } from './selectors';
import { clean, textOf } from './text';

const { skills: MAX_SKILLS, skill: MAX_SKILL } = PROFILE_CAPS;

/** Skills list, plus the "Top skills" line of About (hashed-2025, sdui-2026: "SQL • Python"). */
export function readSkills(doc: Document): string[] {
  const out = new Set<string>();
  const section = sectionOf(doc, 'skills');
  for (const el of section ? queryAll(section, SKILLS_IN_SECTION) : queryAll(doc, SKILLS)) {
    const text = textOf(el, MAX_SKILL);
    if (text) out.add(text);
    if (out.size >= MAX_SKILLS) break;
  }
  if (!out.size)
    for (const line of readSduiSkills(doc, SKILLS_SECTION)) {
      const skill = clean(line, MAX_SKILL);
      if (skill && out.size < MAX_SKILLS) out.add(skill);
    }
  for (const skill of topSkills(doc)) if (out.size < MAX_SKILLS) out.add(skill);
  return [...out];
}

const TOP_SKILLS =
  /^(top skills|top-kenntnisse|principales compétences|aptitudes principales|principais competências)$/i;

function topSkills(doc: Document): string[] {
  const about = sectionOf(doc, 'about') ?? doc.querySelector('section[componentkey$="About"]');
  if (!about) return [];
  for (const label of about.querySelectorAll('span[aria-hidden="true"], p, h3')) {
    if (!TOP_SKILLS.test(textOf(label, 60) ?? '')) continue;
    const list = findListAfter(label, about);
    if (list)
      return list
        .split(/\s+[•·]\s+/)
        .map((s) => clean(s, MAX_SKILL) ?? '')
        .filter(Boolean);
  }
  return [];
}

function findListAfter(label: Element, within: Element): string | null {
  const all = [...within.querySelectorAll('span[aria-hidden="true"], p')];
  const start = all.indexOf(label);
  for (const el of all.slice(start + 1, start + 6)) {
    const text = textOf(el, 1000);
    if (text && (text.includes('•') || text.includes('·'))) return text;
  }
  return null;
}
