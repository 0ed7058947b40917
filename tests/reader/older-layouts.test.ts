import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/reader';
import { FIXTURE_URLS } from './fixture-urls';
import { fixture, PAGES_DIR, parse } from './load';

// Misreads found outside the team on pages it had never seen (issue 17), each reproduced on a
// project fixture changed the way the unseen page differed.

const page = (name: string) => readFileSync(`${PAGES_DIR}${name}.html`, 'utf8');

describe('older layouts', () => {
  it('pvs-2022 with an empty location row: the connection count is not the location', () => {
    const html = page('pvs-2022').replace(
      /(<span class="text-body-small inline t-black--light break-words">)[^<]*/,
      '$1',
    );
    const url = FIXTURE_URLS['pvs-2022']!;
    const read = readPage(parse(html, url), url);
    expect(read.profile?.location ?? '').not.toMatch(/connections|\d/);
    expect(read.profile?.connections).toBe('500+');
  });

  it('/details/experience/: a grouped employer is its roles, never a position of its own', () => {
    const role = (title: string, dates: string) =>
      `<li class="pvs-list__paged-list-item"><div class="pvs-entity" data-view-name="profile-component-entity"><span class="t-bold"><span aria-hidden="true">${title}</span></span><span class="t-14 t-normal"><span aria-hidden="true">Full-time</span></span><span class="t-14 t-normal t-black--light"><span aria-hidden="true">${dates}</span></span></div></li>`;
    const html = `<html><head><title>Experience | Ada Okafor | LinkedIn</title></head><body><main><section><ul>
      <li class="pvs-list__paged-list-item"><div class="pvs-entity" data-view-name="profile-component-entity"><a href="/company/1/"><span class="t-bold"><span aria-hidden="true">Kestrel Pay</span></span><span class="t-14 t-normal"><span aria-hidden="true">Full-time · 5 yrs</span></span></a>
      <div class="pvs-entity__sub-components"><ul>${role('Product Lead', 'Nov 2021 - Present · 3 yrs')}${role('Product Manager', 'May 2019 - Nov 2021 · 2 yrs 7 mos')}</ul></div></div></li>
      ${role('Analyst', 'Jul 2014 - Apr 2019 · 4 yrs 10 mos')}</ul></section></main></body></html>`;
    const url = FIXTURE_URLS['details-experience']!;
    const experience = readPage(parse(html, url), url).profile?.experience;
    expect(experience).toEqual([
      { title: 'Product Lead', company: 'Kestrel Pay', dates: 'Nov 2021 - Present' },
      { title: 'Product Manager', company: 'Kestrel Pay', dates: 'May 2019 - Nov 2021' },
      { title: 'Analyst', company: 'Full-time', dates: 'Jul 2014 - Apr 2019' },
    ]);
  });

  it('keeps U+200D between emoji through the whole read (headline and cards), strips it elsewhere', () => {
    const url = FIXTURE_URLS['sdui-2026']!;
    const html = page('sdui-2026')
      .replace('Head of Design at Lanterna Studio', '👩\u200d💻 Head of Design at Lanterna\u200d Studio')
      .replace('Design Ops Lead', 'Design Ops Lead 👨\u200d👩\u200d👧');
    const read = readPage(parse(html, url), url);
    expect(read.profile?.headline).toMatch(/^👩\u200d💻 Head of Design at Lanterna Studio/);
    expect(read.cards.find((c) => c.slug === 'elif-yilmaz')?.headline).toBe(
      'Design Ops Lead 👨\u200d👩\u200d👧',
    );
  });
});

describe('lazy SDUI cards', () => {
  it('experience and skills that arrive later are read on the next read, from their own cards', () => {
    const url = FIXTURE_URLS['sdui-2026']!;
    const doc = fixture('sdui-2026', url);
    expect(readPage(doc, url).profile?.experience).toEqual([]);
    const loaded = fixture('sdui-2026-experience', FIXTURE_URLS['sdui-2026-experience']);
    const card = loaded.querySelector('[componentkey$="Experience"]')!;
    doc.querySelector('[componentkey^="profileCardsBelowActivityPart1"]')!.append(doc.importNode(card, true));
    const read = readPage(doc, url);
    expect(read.profile?.experience.map((e) => e.title)).toEqual([
      'Clinical Informatics Nurse',
      'Data Quality Lead',
      'Volunteer Analyst',
      'Staff Nurse',
    ]);
    expect(read.missing).not.toContain('experience');
    // The top card's own company still wins over the experience list's.
    expect(read.profile?.company).toBe('Lanterna Studio');
  });
});
