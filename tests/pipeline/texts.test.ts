import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EMPTY_SELF } from '../../lib/domain';
import { mentoringAgreement } from '../../lib/pipeline/agreement';
import { backupReminder } from '../../lib/pipeline/backup-reminder';
import { PIPELINE_CSV_COLUMNS, pipelineCsv } from '../../lib/pipeline/pipeline-csv';
import { applyStageMove, nextStage } from '../../lib/pipeline/stage-move';
import { event, person } from './factories';

const now = new Date('2026-03-15T12:00:00.000Z');

describe('mentoringAgreement', () => {
  const self = {
    ...EMPTY_SELF,
    name: 'Mira Okafor',
    goal: 'lead a risk-modelling team',
    success: 'a funded team of three by next spring',
    offers: ['Python code reviews'],
    formats: ['video', 'coffee'],
  };
  const needs = [
    { id: 'project-feedback' as const, status: 'unmet' as const, ask: 'feedback on my paper', keywords: [] },
  ];

  it('holds goals and success, cadence, channel, confidentiality and a review date', () => {
    const text = mentoringAgreement(
      self,
      person('ines-r', { name: 'Ines R', needs: ['project-feedback'] }),
      needs,
      [event('ines-r', 'sent', '2026-02-01T00:00:00.000Z', { channel: 'email' })],
      now,
    );
    expect(text).toMatch(/^Mentoring agreement: Mira Okafor and Ines R\nDate: 2026-03-15/);
    expect(text).toContain('- Project-Specific Feedback: feedback on my paper');
    expect(text).toContain('a funded team of three by next spring');
    expect(text).toContain('Python code reviews');
    expect(text).toContain('by a video call or coffee');
    expect(text).toContain('keep in touch by email');
    expect(text).toMatch(/stays between us/);
    expect(text).toContain('On 2026-06-13 we look back');
  });

  it('leaves prompts where the user has not said yet', () => {
    const text = mentoringAgreement(EMPTY_SELF, person('x'), [], [], now);
    expect(text).toContain('(name the specific ask)');
    expect(text).toContain('(describe what will be different at the review)');
    expect(text).toContain('LinkedIn messages');
  });
});

describe('pipelineCsv', () => {
  it('one row per pipeline person, with the columns a spreadsheet needs', () => {
    const csv = pipelineCsv(
      [
        person('ada', { name: 'Ada, Q', stage: 'sent', needs: ['networks'], degree: 2 }),
        person('hidden', { inPipeline: false }),
      ],
      [event('ada', 'sent', '2026-03-01T00:00:00.000Z', { channel: 'inmail' })],
      [{ id: 'networks', status: 'unmet', ask: '', keywords: [] }],
    );
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed[0]).toEqual([...PIPELINE_CSV_COLUMNS]);
    expect(parsed).toHaveLength(2);
    expect(parsed[1]).toEqual([
      'Ada, Q',
      'https://www.linkedin.com/in/ada/',
      '',
      '',
      '2',
      'sent',
      '',
      'Access to Networks',
      '2026-03-01',
      'inmail',
      '',
    ]);
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2', '@SUM(A1)'])(
    'escapes a formula-looking cell: %s',
    (name) => {
      const csv = pipelineCsv([person('x', { name })], [], []);
      expect(Papa.parse<string[]>(csv.trim()).data[1]?.[0]).toBe(`'${name}`);
    },
  );
});

describe('backupReminder', () => {
  const people = [person('a', { updatedAt: '2026-03-01T00:00:00.000Z' })];
  it.each([
    ['never exported, with data', null, people, true],
    ['never exported, nothing to lose', null, [], false],
    ['exported 31 days ago, new data since', '2026-02-10T00:00:00.000Z', people, true],
    [
      'exported 31 days ago, nothing new',
      '2026-02-12T00:00:00.000Z',
      [person('a', { updatedAt: '2026-02-11T00:00:00.000Z' })],
      false,
    ],
    [
      'exported 10 days ago, new data',
      '2026-03-05T00:00:00.000Z',
      [person('a', { updatedAt: '2026-03-10T00:00:00.000Z' })],
      false,
    ],
  ])('%s → %s', (_n, lastExportAt, list, due) => {
    const r = backupReminder({ lastExportAt }, list, [], now);
    expect(r.due).toBe(due);
    expect(r.message === null).toBe(!due);
  });

  it('new history counts as new data', () => {
    const r = backupReminder(
      { lastExportAt: '2026-01-01T00:00:00.000Z' },
      [],
      [event('a', 'sent', '2026-02-01T00:00:00.000Z')],
      now,
    );
    expect(r.message).toMatch(/^Your last backup is from 2026-01-01/);
  });
});

describe('stage moves (pure)', () => {
  it.each([
    ['identified', 'drafted'],
    ['drafted', 'sent'],
    ['sent', 'replied'],
    ['replied', 'meeting'],
    ['meeting', 'ongoing'],
    ['ongoing', 'ongoing'],
    ['closed', 'closed'],
  ] as const)('advance from %s → %s', (from, to) => expect(nextStage(from)).toBe(to));

  it('applyStageMove unions needs and never mutates its input', () => {
    const before = person('a', { needs: ['networks'], stage: 'closed', closedReason: 'declined' });
    const frozen = JSON.stringify(before);
    const { person: after, event: e } = applyStageMove(
      before,
      'sent',
      { needs: ['sponsorship'], channel: 'email' },
      now,
      'id-1',
    );
    expect(JSON.stringify(before)).toBe(frozen);
    expect(after).toMatchObject({
      stage: 'sent',
      needs: ['networks', 'sponsorship'],
      updatedAt: now.toISOString(),
    });
    expect(after.closedReason).toBeUndefined();
    expect(e).toEqual({
      id: 'id-1',
      slug: 'a',
      stage: 'sent',
      at: now.toISOString(),
      needs: ['sponsorship'],
      channel: 'email',
    });
  });
});
