import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  needSchema,
  outreachSchema,
  personSchema,
  selfSchema,
  settingsSchema,
  tagSchema,
} from '../../lib/backup/schema';
import type {
  Card,
  Experience,
  Need,
  OutreachEvent,
  Person,
  Profile,
  SelfProfile,
  Settings,
  Tag,
} from '../../lib/domain';
import type { stageChangeSchema, touchSchema } from '../../lib/messages/args';
import type { StageChange, Touch } from '../../lib/pipeline/types';
import type {
  cardSchema,
  experienceSchema,
  partialProfileSchema,
  profileSchema,
} from '../../lib/reader/schema';

// Each record's schema gives exactly its domain type (checked by `npm run typecheck`, which covers
// tests/): a field added to lib/domain.ts and not to its schema, or typed differently, fails here.

/** A loose record (backup records keep a newer version's extra members) without its index signature. */
type Flat<T> = { [K in keyof T]: T[K] };
type Known<T> = { [K in keyof T as string extends K ? never : K]: T[K] };

describe('each schema outputs its domain type', () => {
  it('page-read records', () => {
    expectTypeOf<z.output<typeof profileSchema>>().toEqualTypeOf<Profile>();
    expectTypeOf<z.output<typeof experienceSchema>>().toEqualTypeOf<Experience>();
    expectTypeOf<z.output<typeof cardSchema>>().toEqualTypeOf<Card>();
    expectTypeOf<z.output<typeof partialProfileSchema>>().toEqualTypeOf<
      Flat<Partial<Profile> & { slug: string }>
    >();
  });

  it('backup records', () => {
    expectTypeOf<Known<z.output<typeof selfSchema>>>().toEqualTypeOf<SelfProfile>();
    expectTypeOf<Known<z.output<typeof needSchema>>>().toEqualTypeOf<Need>();
    expectTypeOf<Known<z.output<typeof outreachSchema>>>().toEqualTypeOf<OutreachEvent>();
    expectTypeOf<z.output<typeof settingsSchema>>().toEqualTypeOf<Settings>();
    expectTypeOf<z.output<typeof tagSchema>>().toEqualTypeOf<Tag>();
    // A person's snapshot is kept as the backup holds it (a loose record); every other field is typed.
    expectTypeOf<Omit<Known<z.output<typeof personSchema>>, 'snapshot'>>().toEqualTypeOf<
      Omit<Person, 'snapshot'>
    >();
  });

  it('message arguments', () => {
    expectTypeOf<z.output<typeof stageChangeSchema>>().toEqualTypeOf<StageChange>();
    expectTypeOf<z.output<typeof touchSchema>>().toEqualTypeOf<Touch>();
  });
});
