import "server-only";
import { isPublicPageFilled } from "@/lib/documents/public-page";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";

/** The part of the hierarchy a workspace page is about. */
export type ScopeFilter = { regionId: string } | { municipalityId: string } | { schoolId: string };

export type ScopeOverview = {
  academicYear: string | null;
  schools: number;
  mentors: number;
  mentees: number;
  youngSpecialists: number;
  activePairs: number;
  pairsByForm: Array<{ name: string; count: number }>;
  documentsAwaitingReview: number;
  upcomingEvents: number;
};

function schoolFilter(filter: ScopeFilter) {
  return "schoolId" in filter ? { id: filter.schoolId } : filter;
}

/** The first figures of a region's, municipality's or school's home, within what the principal may see. */
export async function getScopeOverview(principal: Principal, filter: ScopeFilter, now = new Date()): Promise<ScopeOverview> {
  const year = await db.academicYear.findFirst({ where: { isCurrent: true }, select: { id: true, title: true } });
  const participants = (extra: object) => ({ AND: [filter, { archivedAt: null }, extra, scopeWhere(principal, "participant")] });
  const pairWhere = { AND: [filter, { status: "ACTIVE" as const, academicYearId: year?.id ?? "" }, scopeWhere(principal, "pair")] };
  const [schools, mentors, mentees, youngSpecialists, pairs, forms, documentsAwaitingReview, upcomingEvents] = await Promise.all([
    db.school.count({ where: { AND: [schoolFilter(filter), { inRollout: true }, scopeWhere(principal, "school")] } }),
    db.participant.count({ where: participants({ inMentorBase: true }) }),
    db.participant.count({ where: participants({ inMenteeBase: true }) }),
    db.participant.count({ where: participants({ kind: "TEACHER", experienceYears: { lt: 3 } }) }),
    db.mentoringPair.groupBy({ by: ["formId"], where: pairWhere, _count: { _all: true } }),
    db.mentoringForm.findMany({ select: { id: true, name: true }, orderBy: { sortOrder: "asc" } }),
    db.document.count({ where: { AND: [filter, { status: "UPLOADED" }, scopeWhere(principal, "document")] } }),
    db.event.count({ where: { AND: [filter, { startsAt: { gte: now }, status: "PLANNED" }, scopeWhere(principal, "event")] } }),
  ]);
  const byForm = new Map(pairs.map((p) => [p.formId, p._count._all]));
  return {
    academicYear: year?.title ?? null,
    schools,
    mentors,
    mentees,
    youngSpecialists,
    activePairs: pairs.reduce((sum, p) => sum + p._count._all, 0),
    pairsByForm: forms.map((f) => ({ name: f.name, count: byForm.get(f.id) ?? 0 })),
    documentsAwaitingReview,
    upcomingEvents,
  };
}

/** The next level down, for drill-down: municipalities of a region or schools of a municipality. */
export async function listChildUnits(principal: Principal, filter: { regionId: string } | { municipalityId: string }) {
  const year = await db.academicYear.findFirst({ where: { isCurrent: true }, select: { id: true } });
  const activePairs = { where: { status: "ACTIVE" as const, academicYearId: year?.id ?? "" } };
  if ("regionId" in filter) {
    const rows = await db.municipality.findMany({
      where: { AND: [filter, scopeWhere(principal, "municipality")] },
      orderBy: { name: "asc" },
      select: { id: true, name: true, schools: { select: { _count: { select: { pairs: activePairs } } } } },
    });
    return rows.map((m) => ({
      id: m.id,
      name: m.name,
      href: `/municipality/${m.id}`,
      schools: m.schools.length,
      activePairs: m.schools.reduce((sum, s) => sum + s._count.pairs, 0),
      publicPage: undefined,
    }));
  }
  const rows = await db.school.findMany({
    where: { AND: [filter, scopeWhere(principal, "school")] },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      programs: { where: { academicYearId: year?.id ?? "" }, select: { status: true }, take: 1 },
      _count: {
        select: {
          pairs: activePairs,
          documents: { where: { status: "ACCEPTED", OR: [{ academicYearId: null }, { academicYearId: year?.id ?? "" }] } },
        },
      },
    },
  });
  return rows.map((s) => ({
    id: s.id,
    name: s.name,
    href: `/school/${s.id}`,
    schools: 1,
    activePairs: s._count.pairs,
    // The school's public page «Целевая модель наставничества» (lib/documents/public-page.ts says when it is filled).
    publicPage: { href: `/s/${s.slug}`, filled: isPublicPageFilled({ programStatus: s.programs[0]?.status ?? null, acceptedDocuments: s._count.documents }) },
  }));
}
