import { describe, expect, it } from 'vitest';
import { needSchema } from '../../lib/backup/schema';

// Need.request (issue 18): the first request as the user would say it; optional and capped.

const base = { id: 'project-feedback', status: 'unmet', ask: 'feedback on my paper', keywords: [] };

describe('needSchema: request', () => {
  it('keeps a request and leaves it absent when there is none', () => {
    const request = 'Would you read my draft and tell me where it is weakest?';
    expect(needSchema.parse({ ...base, request }).request).toBe(request);
    expect('request' in needSchema.parse(base)).toBe(false);
  });

  it('refuses a request longer than 600 characters or not a string', () => {
    expect(needSchema.safeParse({ ...base, request: 'x'.repeat(600) }).success).toBe(true);
    expect(needSchema.safeParse({ ...base, request: 'x'.repeat(601) }).success).toBe(false);
    expect(needSchema.safeParse({ ...base, request: 42 }).success).toBe(false);
  });
});
