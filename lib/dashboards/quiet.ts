/**
 * The list behind the figure «Пары без записей 30 дней» of a regional or municipal dashboard:
 * active pairs of the year (and form) in every school of the unit with nothing logged for
 * QUIET_DAYS, the longest-quiet first, a page at a time. The rule is listQuietPairs' of
 * lib/visits/activity.ts (the last visit, meeting, change of a plan item or comment on one, or the
 * pair's start when later), as the dashboard's quietWidget counts it. Counted live: the figure on a
 * dashboard that reads the rollup may differ from it by what changed since the rollup's time.
 * The unit must be within the principal's scope (resolveUnit: else NotFoundError), and every row
 * is filtered by the principal's tenant column too.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Principal } from "@/lib/access";
import { NotFoundError } from "@/lib/errors";
import { scopeWhere } from "@/lib/access";
import { todayIso } from "@/lib/plans/dates";
import { QUIET_DAYS } from "@/lib/visits/activity";
import { resolveUnit } from "./unit";

export const QUIET_PAGE_SIZE = 50;

export type QuietListUnit = { level: "region"; regionId: string } | { level: "municipality"; municipalityId: string };

export type QuietPairRow = {
  id: string;
  schoolId: string;
  schoolName: string;
  municipalityName: string;
  formName: string;
  mentorName: string;
  mentees: string[];
  startsOn: Date;
  /** The last thing logged (a calendar date), or null when nothing ever was. */
  lastLogged: Date | null;
  quietDays: number;
};

type Row = Omit<QuietPairRow, "mentees" | "quietDays"> & { mentees: string[] | null; quietDays: number; total: number };

export async function listUnitQuietPairs(
  principal: Principal,
  unitInput: QuietListUnit,
  filter: { academicYearId?: string | null; formId?: string | null; page?: number; pageSize?: number } = {},
  now = new Date(),
) {
  const unit = await resolveUnit(principal, unitInput);
  const [years, forms] = await Promise.all([
    db.academicYear.findMany({ where: scopeWhere(principal, "academicYear"), orderBy: { startsOn: "desc" }, select: { id: true, title: true, isCurrent: true } }),
    db.mentoringForm.findMany({ where: { AND: [scopeWhere(principal, "mentoringForm"), { isActive: true }] }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  const year = years.find((y) => y.id === filter.academicYearId) ?? years.find((y) => y.isCurrent) ?? years[0];
  if (!year) throw new NotFoundError();
  const form = filter.formId ? forms.find((f) => f.id === filter.formId) ?? null : null;
  const page = Math.max(1, Math.floor(filter.page ?? 1) || 1);
  const pageSize = Math.min(200, Math.max(1, Math.floor(filter.pageSize ?? QUIET_PAGE_SIZE) || QUIET_PAGE_SIZE));
  const today = todayIso(now);
  const cutoff = Prisma.sql`(${today}::date - ${QUIET_DAYS}::int)`;
  const rows = await db.$queryRaw<Row[]>`
    WITH p AS (
      SELECT mp.id, mp."schoolId", mp."municipalityId", mp."formId", mp."mentorId", mp."startsOn",
        (SELECT max(lv."visitedOn") FROM "LessonVisit" lv WHERE lv."pairId" = mp.id) AS visited,
        (SELECT max(m."heldOn") FROM "Meeting" m WHERE m."pairId" = mp.id) AS met,
        (SELECT max(pi."updatedAt")::date FROM "PlanItem" pi JOIN "DevelopmentPlan" dp ON dp.id = pi."planId" WHERE dp."pairId" = mp.id) AS planned,
        (SELECT max(pc."createdAt")::date FROM "PlanItemComment" pc JOIN "PlanItem" pi ON pi.id = pc."itemId" JOIN "DevelopmentPlan" dp ON dp.id = pi."planId" WHERE dp."pairId" = mp.id) AS commented
      FROM "MentoringPair" mp
      WHERE ${unit.where("mp")} AND mp."academicYearId" = ${year.id} AND mp.status = 'ACTIVE'
        ${form ? Prisma.sql`AND mp."formId" = ${form.id}` : Prisma.empty}
    ), q AS (
      SELECT p.*, greatest(visited, met, planned, commented) AS "lastLogged", greatest(p."startsOn", visited, met, planned, commented) AS since FROM p
    )
    SELECT q.id, q."schoolId", s.name AS "schoolName", mu.name AS "municipalityName", f.name AS "formName",
      concat_ws(' ', me."lastName", me."firstName", me."middleName") AS "mentorName",
      (SELECT array_agg(concat_ws(' ', pa."lastName", pa."firstName", pa."middleName") ORDER BY pa."lastName", pa."firstName")
        FROM "PairMentee" pm JOIN "Participant" pa ON pa.id = pm."menteeId" WHERE pm."pairId" = q.id AND pm."leftOn" IS NULL) AS mentees,
      q."startsOn", q."lastLogged", (${today}::date - q.since)::int AS "quietDays", count(*) OVER ()::int AS total
    FROM q JOIN "School" s ON s.id = q."schoolId" JOIN "Municipality" mu ON mu.id = q."municipalityId"
      JOIN "MentoringForm" f ON f.id = q."formId" JOIN "Participant" me ON me.id = q."mentorId"
    WHERE q.since <= ${cutoff}
    ORDER BY q.since, s.name, q.id
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const total = rows[0]?.total ?? (page > 1 ? await countQuiet() : 0);
  async function countQuiet(): Promise<number> {
    // Past the last page: the total still matters for the pager.
    const first = await listUnitQuietPairs(principal, unitInput, { ...filter, page: 1 }, now);
    return first.total;
  }
  return {
    unit: { ...unitInput, name: unit.name },
    year: { id: year.id, title: year.title },
    years: years.map(({ id, title }) => ({ id, title })),
    form,
    forms,
    asOf: now,
    page,
    pageSize,
    total,
    pairs: rows.map((row): QuietPairRow => ({
      id: row.id,
      schoolId: row.schoolId,
      schoolName: row.schoolName,
      municipalityName: row.municipalityName,
      formName: row.formName,
      mentorName: row.mentorName,
      mentees: row.mentees ?? [],
      startsOn: row.startsOn,
      lastLogged: row.lastLogged,
      quietDays: row.quietDays,
    })),
  };
}

export type UnitQuietPairs = Awaited<ReturnType<typeof listUnitQuietPairs>>;
