/** Rules take `now` as an argument so tests run on fixed clocks. */
export const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: Date): number {
  return (to.getTime() - Date.parse(from)) / DAY_MS;
}

export function addDays(at: string | Date, days: number): string {
  return new Date(new Date(at).getTime() + days * DAY_MS).toISOString();
}
