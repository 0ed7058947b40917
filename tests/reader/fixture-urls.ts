// The URL each project fixture stands for (tests/fixtures/pages/README.md lists the same).
export const FIXTURE_URLS: Record<string, string> = {
  'public-2016': 'https://www.linkedin.com/in/marguerite-oyelaran/',
  'ember-2018': 'https://www.linkedin.com/in/tomas-lindqvist/',
  'pvs-2022': 'https://www.linkedin.com/in/priya-raman/',
  'ember-2024': 'https://www.linkedin.com/in/ada-okafor/',
  'hashed-2025': 'https://www.linkedin.com/in/bruno-lefevre/',
  'sdui-2026': 'https://www.linkedin.com/in/chiara-benedetti/',
  'sdui-2026-creator': 'https://www.linkedin.com/in/noemi-sandoval/',
  'sdui-2026-experience': 'https://www.linkedin.com/in/ifeoma-chukwu/',
  'sdui-2026-sidecards-1st': 'https://www.linkedin.com/in/teodoro-vassallo-0b81a2/',
  'search-ember-2025': 'https://www.linkedin.com/search/results/people/?keywords=mentor',
  'search-sdui-2026':
    'https://www.linkedin.com/search/results/people/?keywords=mentor&origin=SWITCH_SEARCH_VERTICAL',
  feed: 'https://www.linkedin.com/feed/',
  'own-profile': 'https://www.linkedin.com/in/quentin-marlowe/',
  'locale-de': 'https://www.linkedin.com/in/lukas-hoffmann/?locale=de_DE',
  'locale-fr': 'https://www.linkedin.com/in/camille-roux/?locale=fr_FR',
  'locale-es': 'https://www.linkedin.com/in/lucia-ferrer/?locale=es_ES',
  'locale-pt': 'https://www.linkedin.com/in/joao-almeida/?locale=pt_BR',
  'never-seen': 'https://www.linkedin.com/in/noor-haddad/',
  hostile: 'https://www.linkedin.com/in/zed-mallory/',
  'details-experience': 'https://www.linkedin.com/in/ada-okafor/details/experience/',
};
