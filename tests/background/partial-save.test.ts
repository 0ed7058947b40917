import { describe, expect, it } from 'vitest';
import { BackgroundHost } from '../../lib/background/host';
import { createRouter } from '../../lib/background/router';
import { freshStore, profile } from '../store/helpers';
import { fakePort } from './fake-port';

// savePerson takes a partial profile: a field the caller does not name keeps what is stored. (zod's
// .partial() over a field with .default(null) would fill the null in and wipe the stored value.)

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const PAGE_URL = 'https://www.linkedin.com/in/ines-r/';
const senders = {
  popup: { id: ID, url: `${ORIGIN}popup.html` },
  content: { id: ID, url: PAGE_URL, frameId: 0, tab: { id: 7, url: PAGE_URL } },
};

async function setup() {
  const { store } = freshStore();
  await store.savePerson(profile('ines-r', { name: 'Ines Ribeiro' }), []);
  const route = createRouter(new BackgroundHost(store, fakePort().port), {
    extensionId: ID,
    extensionOrigin: ORIGIN,
  });
  const call = (method: string, args: unknown[], sender: object) =>
    route({ constellation: 1, method, args }, sender);
  const stored = async () => (await store.listPeople()).find((p) => p.slug === 'ines-r');
  return { call, stored };
}

describe('a partial savePerson through the router', () => {
  it.each(Object.entries(senders))('from the %s keeps every field it does not name', async (_, sender) => {
    const { call, stored } = await setup();
    const before = await stored();
    expect(await call('savePerson', [{ slug: 'ines-r', name: 'Ines R.' }, []], sender)).toMatchObject({
      ok: true,
    });
    const after = await stored();
    expect(after?.name).toBe('Ines R.');
    expect(after?.headline).toBe(before?.headline);
    expect(after?.company).toBe('Northwind Labs');
    expect(after?.degree).toBe(2);
    expect(after?.snapshot).toEqual({ ...profile('ines-r'), name: 'Ines R.' });
  });

  it('a field sent as null is a field the page did not find: the stored one stays', async () => {
    const { call, stored } = await setup();
    await call('savePerson', [{ slug: 'ines-r', headline: null }, []], senders.popup);
    expect((await stored())?.headline).toBe('Director of Research at Northwind Labs');
  });
});
