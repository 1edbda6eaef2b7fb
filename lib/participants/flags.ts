/**
 * The flags the target model counts, derived from a participant's data and never typed by hand:
 * «молодой специалист» (a teacher with less than 3 years of experience), «до 35 лет» (age band
 * under 25 or 25–34), «новый сотрудник» (hired within the current academic year). Each flag has a
 * pure function (for a record in hand) and the equivalent Prisma where-clause (for filtering a list
 * in the database); the tests check that both agree.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgeBand, ParticipantKind } from "@/lib/generated/prisma/enums";

export const YOUNG_SPECIALIST_MAX_YEARS = 3;
export const UNDER_35_BANDS = ["UNDER_25", "FROM_25_TO_34"] as const satisfies readonly AgeBand[];

export const FLAGS = ["youngSpecialist", "under35", "newEmployee", "noConsent"] as const;
export type Flag = (typeof FLAGS)[number];

export const FLAG_LABELS: Record<Flag, string> = {
  youngSpecialist: "молодой специалист",
  under35: "до 35 лет",
  newEmployee: "новый сотрудник",
  noConsent: "нет согласия на обработку ПД",
};

type FlagSource = {
  kind: ParticipantKind;
  experienceYears: number | null;
  ageBand: AgeBand | null;
  hiredOn: Date | null;
  consentGiven: boolean;
};

/** 1 September of the academic year `now` falls in (a calendar date, UTC midnight). */
export function academicYearStart(now: Date): Date {
  const year = now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return new Date(Date.UTC(year, 8, 1));
}

export function isYoungSpecialist(p: Pick<FlagSource, "kind" | "experienceYears">): boolean {
  return p.kind === "TEACHER" && p.experienceYears !== null && p.experienceYears < YOUNG_SPECIALIST_MAX_YEARS;
}

export function isUnder35(p: Pick<FlagSource, "ageBand">): boolean {
  return p.ageBand !== null && (UNDER_35_BANDS as readonly AgeBand[]).includes(p.ageBand);
}

export function isNewEmployee(p: Pick<FlagSource, "hiredOn">, now = new Date()): boolean {
  return p.hiredOn !== null && p.hiredOn >= academicYearStart(now) && p.hiredOn <= now;
}

export function flagsOf(p: FlagSource, now = new Date()): Flag[] {
  const out: Flag[] = [];
  if (isYoungSpecialist(p)) out.push("youngSpecialist");
  if (isUnder35(p)) out.push("under35");
  if (isNewEmployee(p, now)) out.push("newEmployee");
  if (!p.consentGiven) out.push("noConsent");
  return out;
}

/** The where-clause of one flag: the same rule as the pure function above. */
export function flagWhere(flag: Flag, now = new Date()): Prisma.ParticipantWhereInput {
  switch (flag) {
    case "youngSpecialist":
      return { kind: "TEACHER", experienceYears: { lt: YOUNG_SPECIALIST_MAX_YEARS } };
    case "under35":
      return { ageBand: { in: [...UNDER_35_BANDS] } };
    case "newEmployee":
      return { hiredOn: { gte: academicYearStart(now), lte: now } };
    case "noConsent":
      return { consentGiven: false };
  }
}
