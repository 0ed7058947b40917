import { EXPERIENCE_CAPS, PROFILE_CAPS } from '../caps';
import type { Experience } from '../domain';
import { firstPart, ownFirst, safe, sectionOf } from './dom';
import { readSduiExperience } from './sdui-sections';
import { EXPERIENCE_IN_SECTION, EXPERIENCE_ITEMS, EXPERIENCE_SECTION, queryAll } from './selectors';
import { textOf } from './text';

const MAX_ENTRIES = PROFILE_CAPS.experience;
const { title: TITLE, company: COMPANY, dates: DATES } = EXPERIENCE_CAPS;
const SUB = '.pvs-entity__sub-components';

/** Experience entries, newest first as the page lists them. */
export function readExperience(doc: Document): Experience[] {
  const out: Experience[] = [];
  const section = sectionOf(doc, 'experience');
  const items = section ? queryAll(section, EXPERIENCE_IN_SECTION) : queryAll(doc, EXPERIENCE_ITEMS);
  if (!items.length) return safe(() => readSduiExperience(doc, EXPERIENCE_SECTION), []);
  for (const item of items) {
    if (out.length >= MAX_ENTRIES) break;
    // Roles of a grouped employer: read with it (in a profile's section and on /details/experience/,
    // whose nested roles are paged-list items too).
    if (item.parentElement?.closest(SUB)) continue;
    for (const entry of safe(() => readItem(item), [])) if (entry.title || entry.company) out.push(entry);
  }
  return out.slice(0, MAX_ENTRIES);
}

function readItem(item: Element): Experience[] {
  // public-2016
  if (item.matches('li.position'))
    return [
      {
        title: textOf(item.querySelector('.item-title'), TITLE),
        company: textOf(item.querySelector('.item-subtitle'), COMPANY),
        dates: firstPart(textOf(item.querySelector('.date-range'), DATES), ' ('),
      },
    ];
  // ember-2018: a grouped employer lists its roles below the company summary
  if (item.matches('li.pv-position-entity')) {
    const details = item.querySelectorAll('.pv-entity__role-details');
    const roles = details.length ? details : item.querySelectorAll('li.pv-entity__position-group-role-item');
    const groupCompany = textOf(item.querySelector('.pv-entity__company-summary-info h3'), COMPANY);
    if (roles.length && groupCompany)
      return [...roles].map((role) => ({
        title: textOf(role.querySelector('h3'), TITLE),
        company: groupCompany,
        dates: textOf(role.querySelector('.pv-entity__date-range span:nth-child(2)'), DATES),
      }));
    return [
      {
        title: textOf(item.querySelector('.pv-entity__summary-info h3'), TITLE),
        company: textOf(item.querySelector('.pv-entity__secondary-title'), COMPANY),
        dates: textOf(item.querySelector('.pv-entity__date-range span:nth-child(2)'), DATES),
      },
    ];
  }
  return readPvsEntity(item);
}

// pvs-2022 … hashed-2025 and /details/experience/: bold = title, normal = "Company · Full-time",
// light = "Dec 2019 - Present · 2 yrs". A grouped employer's bold text is the company instead and
// its roles sit in the sub-components.
function readPvsEntity(item: Element): Experience[] {
  const bold = textOf(ownFirst(item, '.t-bold', SUB), TITLE);
  const sub = ownFirst(item, SUB, SUB);
  const roles = sub ? [...sub.querySelectorAll('.t-bold')] : [];
  if (roles.length) {
    return roles.map((role) => {
      const entry = role.closest('[data-view-name="profile-component-entity"], li') ?? role;
      return { title: textOf(role, TITLE), company: bold, dates: datesIn(entry) };
    });
  }
  const normal = ownFirst(item, '.t-14.t-normal:not(.t-black--light)', SUB);
  return [{ title: bold, company: firstPart(textOf(normal, COMPANY)), dates: datesIn(item) }];
}

function datesIn(entry: Element): string | null {
  const light =
    ownFirst(entry, '.pvs-entity__caption-wrapper', SUB) ??
    ownFirst(entry, '.t-14.t-normal.t-black--light', SUB);
  return firstPart(textOf(light, DATES));
}
