// Small helpers of the demo world: fixed dates, a seeded PRNG, scoping ids.

/** "Today" of the demo world: every current-year record lies before it, some plan items after it. */
export const TODAY = day("2026-11-25");

const DAY_MS = 86_400_000;

/** When the platform was configured: createdAt of catalog and hierarchy rows. */
export const LAUNCH = new Date("2025-08-20T07:00:00.000Z");

/** A calendar date (@db.Date): UTC midnight. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** A moment in a region's local time, e.g. at("2026-09-08", "10:00", "+05:00"). */
export function at(isoDate: string, time: string, tz: string): Date {
  return new Date(`${isoDate}T${time}:00${tz}`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** Moves a Saturday or Sunday to the next Monday. */
export function weekday(date: Date): Date {
  const dow = date.getUTCDay();
  if (dow === 6) return addDays(date, 2);
  if (dow === 0) return addDays(date, 1);
  return date;
}

/** `count` distinct working days spread evenly (with jitter) between two dates, ascending. */
export function spreadDays(rng: Rng, from: Date, to: Date, count: number): Date[] {
  const span = Math.max(daysBetween(from, to), count);
  const step = span / count;
  const result: Date[] = [];
  for (let i = 0; i < count; i++) {
    const offset = Math.floor(i * step + rng.next() * Math.max(step - 3, 1));
    let candidate = weekday(addDays(from, offset));
    while (result.some((d) => d.getTime() === candidate.getTime())) candidate = weekday(addDays(candidate, 1));
    result.push(candidate);
  }
  return result.sort((a, b) => a.getTime() - b.getTime());
}

export type Rng = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  shuffle<T>(items: readonly T[]): T[];
};

/** mulberry32 seeded by a string: the same seed gives the same sequence on every run. */
export function createRng(seed: string): Rng {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let state = h >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

export type Scope = { regionId: string; municipalityId: string; schoolId: string };

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** createdAt/updatedAt of a row that was written once at a known moment. */
export function stamped(moment: Date): { createdAt: Date; updatedAt: Date } {
  return { createdAt: moment, updatedAt: moment };
}
