import { describe, expect, it } from 'vitest';
import { clock, freshStore, profile } from './helpers';

async function loop() {
  const c = clock('2026-03-02T09:00:00.000Z');
  const { store } = freshStore(c.now);
  await store.saveSelf({
    name: 'Mira',
    organization: 'Lindenfeld Hospital',
    field: 'data science',
    seniority: 'senior',
    goal: 'lead a team',
    success: 'a funded team',
    offers: [],
    wants: [],
    location: '',
    formats: ['video'],
    premium: false,
  });
  await store.savePerson(profile('ines-r'), ['project-feedback']);
  await store.moveStage('ines-r', 'sent', { channel: 'connection-note', text: 'Hello' });
  return { store, c };
}

describe('the pipeline through the Store', () => {
  it('follow-ups fall due on the clock the settings say, and mark replied clears them', async () => {
    const { store, c } = await loop();
    expect(await store.followUps()).toEqual([]);
    c.advanceDays(7);
    expect((await store.followUps()).map((f) => f.kind)).toEqual(['no-reply']);
    await store.saveSettings({ followUpDays: 10 });
    expect(await store.followUps()).toEqual([]);
    expect(await store.followUps('2026-03-12T09:00:00.000Z')).toHaveLength(1);
    await store.moveStage('ines-r', 'replied');
    expect(await store.followUps('2026-04-30T00:00:00.000Z')).toEqual([]);
  });

  it('a meeting asks for a thank-you and a next date until both are logged', async () => {
    const { store } = await loop();
    await store.moveStage('ines-r', 'meeting');
    expect((await store.followUps()).map((f) => f.kind).sort()).toEqual(['next-date', 'thank-you']);
    await store.logTouch('ines-r', { kind: 'thank-you' });
    await store.logTouch('ines-r', { kind: 'next-date', nextAt: '2026-04-02T09:00:00.000Z' });
    expect(await store.followUps()).toEqual([]);
  });

  it('counts personalised notes sent in the last 30 days', async () => {
    const { store, c } = await loop();
    expect(await store.notesSentLast30Days()).toBe(1);
    c.advanceDays(31);
    expect(await store.notesSentLast30Days()).toBe(0);
    expect(await store.notesSentLast30Days('2026-03-03T00:00:00.000Z')).toBe(1);
  });

  it('needs map, boldness, agreement and the CSV read the same data', async () => {
    const { store } = await loop();
    await store.moveStage('ines-r', 'ongoing');
    const map = await store.needsMap();
    expect(map.needs.find((n) => n.id === 'project-feedback')?.covered).toEqual(['ines-r']);
    expect(map.needs.filter((n) => n.empty)).toHaveLength(8);
    const bold = await store.boldness();
    expect(bold).toMatchObject({
      total: 1,
      outsideOrganization: { count: 1 },
      beyondFirstDegree: { count: 1 },
    });
    expect(await store.agreement('ines-r')).toMatch(/^Mentoring agreement: Mira and Person ines-r/);
    await expect(store.agreement('nobody')).rejects.toThrow(/not in your pipeline/);
    const csv = await store.exportPipelineCsv();
    expect(csv.split('\r\n')[1]).toMatch(
      /^Person ines-r,https:\/\/www\.linkedin\.com\/in\/ines-r\/,Northwind Labs,/,
    );
  });

  it('reminds to back up until an export, then not while nothing changes', async () => {
    const { store, c } = await loop();
    expect((await store.backupReminder()).due).toBe(true);
    await store.exportBackup();
    expect((await store.backupReminder()).due).toBe(true); // nothing downloaded yet
    await store.saveSettings({ lastExportAt: store.now().toISOString() });
    c.advanceDays(40);
    expect((await store.backupReminder()).due).toBe(false);
    await store.moveStage('ines-r', 'replied');
    expect((await store.backupReminder()).due).toBe(true);
  });

  it('a store whose records all read reports no problems', async () => {
    const { store } = await loop();
    expect(await store.problems()).toEqual([]);
  });
});
