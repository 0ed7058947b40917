import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Need } from '../../lib/domain';
import { Store } from '../../lib/store/store';
import { clock, freshStore, profile } from './helpers';

vi.mock('../../lib/match', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/match')>();
  const fake = await import('./fake-matcher');
  return { ...real, ...fake };
});

const NEEDS: Need[] = [
  { id: 'project-feedback', status: 'unmet', ask: 'feedback on my risk paper', keywords: ['research'] },
  { id: 'sponsorship', status: 'partly', ask: 'a sponsor for the lead role', keywords: ['director'] },
  { id: 'networks', status: 'met', ask: '', keywords: ['labs'] },
];

async function setup() {
  const c = clock();
  const { store, factory } = freshStore(c.now);
  await store.saveNeeds(NEEDS);
  return { store, factory, c };
}

describe('tagProfile and tagCards', () => {
  it('tags unmet and partly met needs and knows nobody yet', async () => {
    const { store } = await setup();
    const result = await store.tagProfile(profile('ines-r'));
    expect(result.tags.map((t) => t.need).sort()).toEqual(['project-feedback', 'sponsorship']);
    expect(result.person).toBeNull();
  });

  it('returns the saved person, and never a need rejected for this person', async () => {
    const { store } = await setup();
    await store.savePerson(profile('ines-r'), ['project-feedback']);
    await store.feedback('ines-r', 'sponsorship', 'reject');
    const result = await store.tagProfile(profile('ines-r'));
    expect(result.tags.map((t) => t.need)).toEqual(['project-feedback']);
    expect(result.person?.slug).toBe('ines-r');
    // Other people still get the tag.
    expect((await store.tagProfile(profile('other-one'))).tags.map((t) => t.need)).toContain('sponsorship');
  });

  it('a rejection for someone never saved is remembered without putting them in the pipeline', async () => {
    const { store } = await setup();
    await store.feedback('ola-b', 'project-feedback', 'reject');
    expect((await store.tagProfile(profile('ola-b'))).tags.map((t) => t.need)).toEqual(['sponsorship']);
    expect((await store.tagProfile(profile('ola-b'))).person).toBeNull();
    expect(await store.listPeople()).toEqual([]);
    const cards = await store.tagCards([
      { slug: 'ola-b', name: 'Ola B', headline: 'Research Director', degree: 2, tags: [] },
      { slug: 'kai-m', name: 'Kai M', headline: 'Research Director', degree: 3, tags: [] },
      { slug: 'no-tags', name: 'No Tags', headline: 'Baker', degree: 1, tags: [] },
    ]);
    expect(cards['ola-b']!.tags.map((t) => t.need)).toEqual(['sponsorship']);
    expect(cards['kai-m']!.tags.map((t) => t.need).sort()).toEqual(['project-feedback', 'sponsorship']);
    expect(cards['no-tags']!.tags).toEqual([]);
  });

  it('a caching store (the background’s) sees every change that alters tags: rejections and needs', async () => {
    const { factory, c } = await setup();
    const store = new Store(factory, { now: c.now, cache: true });
    const card = { slug: 'ola-b', name: 'Ola B', headline: 'Research Director', degree: 2, tags: [] };
    const needsOf = async () => (await store.tagCards([card]))['ola-b']!.tags.map((t) => t.need).sort();
    expect(await needsOf()).toEqual(['project-feedback', 'sponsorship']);
    await store.feedback('ola-b', 'project-feedback', 'reject');
    expect(await needsOf()).toEqual(['sponsorship']);
    expect((await store.tagProfile(profile('ola-b'))).tags.map((t) => t.need)).toEqual(['sponsorship']);
    await store.saveNeeds(NEEDS.map((n) => (n.id === 'sponsorship' ? { ...n, status: 'met' } : n)));
    expect(await needsOf()).toEqual([]);
  });

  it('confirm then reject leaves it rejected; reject then confirm un-rejects', async () => {
    const { store } = await setup();
    await store.feedback('ola-b', 'sponsorship', 'confirm');
    await store.feedback('ola-b', 'sponsorship', 'reject');
    let p = (await store.exportBackup()).people.find((x) => x.slug === 'ola-b')!;
    expect(p).toMatchObject({ rejected: ['sponsorship'], confirmed: [], inPipeline: false });
    await store.feedback('ola-b', 'sponsorship', 'confirm');
    p = (await store.exportBackup()).people.find((x) => x.slug === 'ola-b')!;
    expect(p).toMatchObject({ rejected: [], confirmed: ['sponsorship'] });
  });

  it('learns keyword weights from a verdict on a saved person', async () => {
    const { store } = await setup();
    await store.savePerson(profile('ines-r'), []);
    await store.feedback('ines-r', 'project-feedback', 'confirm');
    expect((await store.getConfig()).weights).toEqual({ research: 1.25 });
    await store.feedback('ines-r', 'sponsorship', 'reject');
    expect((await store.getConfig()).weights).toEqual({ research: 1.25, director: 0.8 });
  });
});

describe('savePerson', () => {
  let ctx: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    ctx = await setup();
  });

  it('keeps an overlong name, headline and company readable: capped, not refused later', async () => {
    const long = 'Ü'.repeat(5000);
    await ctx.store.savePerson({ ...profile('long-one'), name: long, headline: long, company: long }, []);
    const [person] = (await ctx.store.listPeople()).filter((p) => p.slug === 'long-one');
    expect(person?.name).toHaveLength(300);
    expect(person?.headline).toHaveLength(1000);
    expect(person?.company).toHaveLength(300);
    expect(await ctx.store.problems()).toEqual([]);
  });

  it('puts a new person in "identified" with the needs and one history event', async () => {
    const person = await ctx.store.savePerson(profile('ines-r'), ['project-feedback']);
    expect(person).toMatchObject({
      slug: 'ines-r',
      name: 'Person ines-r',
      company: 'Northwind Labs',
      degree: 2,
      stage: 'identified',
      needs: ['project-feedback'],
      source: 'page',
      inPipeline: true,
    });
    expect(person.tags.map((t) => t.need).sort()).toEqual(['project-feedback', 'sponsorship']);
    expect(person.snapshot?.skills).toEqual(['grant writing', 'statistics']);
    const events = await ctx.store.listEvents('ines-r');
    expect(events).toEqual([
      expect.objectContaining({ slug: 'ines-r', stage: 'identified', needs: ['project-feedback'] }),
    ]);
  });

  it('saving again updates the snapshot and needs, never duplicates person or event', async () => {
    await ctx.store.savePerson(profile('ines-r'), ['project-feedback']);
    ctx.c.advanceDays(3);
    await ctx.store.moveStage('ines-r', 'drafted');
    const again = await ctx.store.savePerson(
      profile('ines-r', { headline: 'VP Research at Eastgate', company: 'Eastgate' }),
      ['sponsorship'],
    );
    expect(again).toMatchObject({
      stage: 'drafted',
      company: 'Eastgate',
      needs: ['project-feedback', 'sponsorship'],
    });
    expect(await ctx.store.listPeople()).toHaveLength(1);
    expect((await ctx.store.listEvents('ines-r')).map((e) => e.stage)).toEqual(['identified', 'drafted']);
  });

  it('never saves a need the user rejected for that person', async () => {
    await ctx.store.feedback('ines-r', 'sponsorship', 'reject');
    const person = await ctx.store.savePerson(profile('ines-r'), ['sponsorship', 'project-feedback']);
    expect(person.needs).toEqual(['project-feedback']);
    expect(person.tags.map((t) => t.need)).toEqual(['project-feedback']);
    expect(person.rejected).toEqual(['sponsorship']);
  });

  it('keeps known fields when a later save has less (a card, not a profile)', async () => {
    await ctx.store.savePerson(profile('ines-r'), []);
    const p = await ctx.store.savePerson({ slug: 'ines-r', name: null, headline: 'Research lead' }, []);
    expect(p).toMatchObject({ name: 'Person ines-r', headline: 'Research lead', company: 'Northwind Labs' });
  });
});
