import type { Profile, SelfProfile } from '../domain';
import { clean, clipWords } from './text';

// One time-boxed first step that fits the logistics: coffee when both are in the same city and the
// user meets in person, otherwise a short call or video call (PRODUCT.md: "20 minutes on a call").

export interface FirstStep {
  /** Minutes, as digits. */
  dur: string;
  /** "on a video call", "on a call" or "over coffee in Lyon". */
  meet: string;
  inPerson: boolean;
}

const NOISE = /\b(greater|area|metropolitan|metro|region|city of|and surroundings)\b/g;

/** "Greater Lyon Area" and "Lyon, Auvergne-Rhône-Alpes, France" are the same city. */
export function cityOf(location: string | null | undefined): string {
  const first = clean(location).toLowerCase().split(',')[0] ?? '';
  return first.replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
}

export function sameCity(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = cityOf(a);
  const y = cityOf(b);
  return x.length >= 2 && x === y;
}

export function firstStep(self: SelfProfile, person: Partial<Profile>): FirstStep {
  const formats = self.formats.map((f) => f.toLowerCase());
  const meetsInPerson = formats.length === 0 || formats.includes('coffee') || formats.includes('in-person');
  if (meetsInPerson && sameCity(self.location, person.location)) {
    const city = clipWords(clean(self.location).split(',')[0] ?? '', 30);
    return { dur: '30', meet: city ? `over coffee in ${city}` : 'over coffee', inPerson: true };
  }
  const video = formats.length === 0 || formats.includes('video');
  return { dur: '20', meet: video ? 'on a video call' : 'on a call', inPerson: false };
}
