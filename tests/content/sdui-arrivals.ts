// What LinkedIn's 2026 (SDUI) profile fills its `profileCardsBelowActivityPart<n>` placeholders with
// as the user scrolls: Experience, Education and Skills cards for the fictional Chiara Benedetti of
// tests/fixtures/pages/sdui-2026.html, in the structure of sdui-2026-experience.html.

const KEY = 'com.linkedin.sdui.profile.card.refACoAADCHIARABENEXq';

export const ARRIVALS = {
  experience: `<div componentkey="${KEY}Experience"><section componentkey="c1a0"><div><div><h2>Experience</h2></div>
<ul><li><div><a tabindex="0" href="https://www.linkedin.com/company/7001/"><figure aria-hidden="true"><img width="48" height="48" alt=""></figure></a><div><a tabindex="0" href="https://www.linkedin.com/company/7001/"><p>Head of Design</p><p>Lanterna Studio · Full-time</p><p>Apr 2021 - Present · 4 yrs 9 mos</p><p>Turin, Italy · Hybrid</p></a></div></div></li>
<li><div><a tabindex="0" href="https://www.linkedin.com/company/7002/"><figure aria-hidden="true"><img width="48" height="48" alt=""></figure></a><div><p>Service Designer</p><p>Officina Pubblica · Full-time</p><p>Sep 2016 - Mar 2021 · 4 yrs 7 mos</p></div></div></li></ul></div></section></div>`,
  education: `<div componentkey="${KEY}Education"><section componentkey="c1a1"><div><div><h2>Education</h2></div>
<ul><li><div><a tabindex="0" href="https://www.linkedin.com/company/7003/"><figure aria-hidden="true"><img width="48" height="48" alt=""></figure></a><div><p>Politecnico Serale</p><p>MSc, Design</p><p>2011 - 2013</p></div></div></li></ul></div></section></div>`,
  skills: `<div componentkey="${KEY}Skills"><section componentkey="c1a2"><div><div><h2>Skills</h2></div>
<div role="list"><div role="listitem"><div><a href="https://www.linkedin.com/in/chiara-benedetti/details/skills/"><p>Service Design</p></a><div><p>12 endorsements</p></div></div></div><div role="listitem"><div><p>Design Systems</p></div></div><div role="listitem"><div><p>Mentoring</p></div></div></div></div></section></div>`,
} as const;

/** The placeholder each arrival fills, in the order LinkedIn loads them. */
export const PLACEHOLDER = {
  experience: '[componentkey^="profileCardsBelowActivityPart1"]',
  education: '[componentkey^="profileCardsBelowActivityPart2"]',
  skills: '[componentkey^="profileCardsBelowActivityPart3"]',
} as const;
