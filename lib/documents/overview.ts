/**
 * A municipality's or region's view of its schools' documents for an academic year: how many
 * required documents each school has accepted, waiting, returned or missing, and whether its public
 * page «Целевая модель наставничества» is filled (./public-page.ts says when it is).
 */
import "server-only";
import { db } from "@/lib/db";
import { roleMay, scopeWhere, type Principal } from "@/lib/access";
import { calendarToday } from "@/lib/programs/stages";
import { isPublicPageFilled } from "./public-page";
import { summarize, type ReviewUnit } from "./queries";
import { deriveChecklistStatus, documentYearOf, requirementApplies } from "./status";

export async function listSchoolsDocumentState(principal: Principal, unit: ReviewUnit, academicYearId: string, now = new Date()) {
  if (!roleMay(principal.active.role, "list", "document")) return [];
  const schools = await db.school.findMany({
    where: { AND: [scopeWhere(principal, "school"), unit] },
    orderBy: { name: "asc" },
    select: { id: true, shortName: true, slug: true, regionId: true, municipalityId: true, municipality: { select: { name: true } } },
  });
  const schoolIds = schools.map((s) => s.id);
  const [requirements, documents, programs] = await Promise.all([
    db.documentRequirement.findMany({ where: { AND: [scopeWhere(principal, "documentRequirement"), { isActive: true }] } }),
    db.document.findMany({
      where: { AND: [scopeWhere(principal, "document"), { schoolId: { in: schoolIds }, OR: [{ academicYearId }, { academicYearId: null }] }] },
      select: { schoolId: true, requirementId: true, academicYearId: true, status: true },
    }),
    db.mentoringProgram.findMany({
      where: { AND: [scopeWhere(principal, "program"), { schoolId: { in: schoolIds }, academicYearId }] },
      orderBy: { createdAt: "asc" },
      select: { schoolId: true, status: true },
    }),
  ]);
  const today = calendarToday(now);
  return schools.map((school) => {
    const own = documents.filter((d) => d.schoolId === school.id);
    const statuses = requirements
      .filter((r) => requirementApplies(r, school, academicYearId))
      .map((r) => {
        const document = own.find((d) => d.requirementId === r.id && d.academicYearId === documentYearOf(r, academicYearId)) ?? null;
        return deriveChecklistStatus({ dueOn: r.dueOn, document, today });
      });
    const summary = summarize(statuses);
    const program = programs.find((p) => p.schoolId === school.id) ?? null;
    const accepted = own.filter((d) => d.status === "ACCEPTED").length;
    return {
      ...school,
      summary,
      allAccepted: summary.total > 0 && summary.ACCEPTED === summary.total,
      pageFilled: isPublicPageFilled({ programStatus: program?.status ?? null, acceptedDocuments: accepted }),
    };
  });
}
export type SchoolDocumentState = Awaited<ReturnType<typeof listSchoolsDocumentState>>[number];
