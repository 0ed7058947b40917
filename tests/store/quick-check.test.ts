import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outreachSchema, personSchema } from '../../lib/backup/schema';
import { quickEvent, quickPerson } from '../../lib/store/quick-check';
import { event, person } from '../pipeline/factories';

// The fast path must never accept what zod would refuse: otherwise a damaged record would reach
// the UI unreported. Random mutations of valid records check that direction.

const goodPerson = person('ada-q', {
  stage: 'sent',
  closedReason: undefined,
  needs: ['networks', 'custom-peer-circle'],
  tags: [{ need: 'networks', strength: 0.6, reasons: ['a reason'] }],
  labels: ['bold'],
  snapshot: { headline: 'x' },
  inPipeline: true,
});
const goodEvent = event('ada-q', 'sent', '2026-03-01T00:00:00.000Z', {
  channel: 'message',
  kind: 'follow-up',
});

const odd = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.string()),
  fc.constant({}),
  fc.constant('2026-13-45T99:99:99Z'),
  fc.constant('custom-UPPER'),
  fc.constant('x'.repeat(2001)),
  fc.constant([{ need: 'networks', strength: 2, reasons: [] }]),
);

function mutations(base: Record<string, unknown>) {
  return fc
    .record({ key: fc.constantFrom(...Object.keys(base), 'extra'), value: odd })
    .map(({ key, value }) => {
      const copy: Record<string, unknown> = { ...base };
      if (value === undefined) delete copy[key];
      else copy[key] = value;
      return copy;
    });
}

describe('quick checks', () => {
  it('take the fast path for valid records', () => {
    expect(quickPerson(goodPerson)).toBe(true);
    expect(quickEvent(goodEvent)).toBe(true);
    expect(personSchema.safeParse(goodPerson).success).toBe(true);
  });

  it('never accept a person zod refuses', () => {
    fc.assert(
      fc.property(mutations(goodPerson as unknown as Record<string, unknown>), (p) => {
        if (quickPerson(p)) expect(personSchema.safeParse(p).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never accept an event zod refuses', () => {
    fc.assert(
      fc.property(mutations(goodEvent as unknown as Record<string, unknown>), (e) => {
        if (quickEvent(e)) expect(outreachSchema.safeParse(e).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([null, 'text', 1, [], { slug: 'x' }])('refuse %j', (v) => {
    expect(quickPerson(v)).toBe(false);
    expect(quickEvent(v)).toBe(false);
  });
});
