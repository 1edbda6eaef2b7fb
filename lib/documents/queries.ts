/**
 * Reads of required documents: the school's checklist of the year, the review queue of a
 * municipality or region, one document with its history, and the requirements catalog. Every read
 * goes through lib/access: a foreign school, document or requirement is simply not found.
 */
import "server-only";
import { db } from "@/lib/db";
import { can, roleMay, scopeWhere, type Principal } from "@/lib/access";
import { findSchool } from "@/lib/hierarchy/queries";
import { calendarToday } from "@/lib/programs/stages";
import { generatedOrderFor } from "./generated";
import { applicableRequirementsWhere, deriveChecklistStatus, type ChecklistStatus } from "./status";

const versionSelect = {
  id: true,
  versionNo: true,
  number: true,
  issuedOn: true,
  createdAt: true,
  uploadedById: true,
  reviewStatus: true,
  reviewComment: true,
  reviewedById: true,
  reviewedAt: true,
  file: { select: { id: true, originalName: true, sizeBytes: true, mimeType: true } },
} as const;

const documentInclude = { versions: { orderBy: { versionNo: "desc" as const }, select: versionSelect } } as const;

type VersionRow = { uploadedById: string | null; reviewedById: string | null };

/**
 * Names of the people in documents' histories. Who uploaded and who reviewed a document is part
 * of the document the reader may already see (the school sees its reviewer by name), so the names
 * come with the document rather than through the user scope.
 */
async function namesOf(versions: readonly VersionRow[]): Promise<Record<string, string>> {
  const ids = [...new Set(versions.flatMap((v) => [v.uploadedById, v.reviewedById]).filter((id): id is string => Boolean(id)))];
  if (!ids.length) return {};
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } });
  return Object.fromEntries(users.map((u) => [u.id, u.fullName]));
}

function withNames<V extends VersionRow>(versions: readonly V[], names: Record<string, string>) {
  return versions.map((v) => ({
    ...v,
    uploadedBy: v.uploadedById ? (names[v.uploadedById] ?? null) : null,
    reviewedBy: v.reviewedById ? (names[v.reviewedById] ?? null) : null,
  }));
}

/**
 * The school's checklist for an academic year: each requirement that applies to it (platform,
 * its region's, its municipality's; standing or of that year) with the school's document, its
 * versions and the derived status. Null when the school is not the principal's to see.
 */
export async function getChecklist(principal: Principal, schoolId: string, academicYearId: string, now = new Date()) {
  if (!roleMay(principal.active.role, "list", "document")) return null;
  const school = await findSchool(principal, schoolId);
  if (!school) return null;
  const requirements = await db.documentRequirement.findMany({
    where: { AND: [scopeWhere(principal, "documentRequirement"), applicableRequirementsWhere(school, academicYearId)] },
    orderBy: [{ level: "asc" }, { sortOrder: "asc" }, { title: "asc" }],
    include: { academicYear: { select: { title: true } }, templateFile: { select: { id: true, originalName: true } } },
  });
  const documents = await db.document.findMany({
    where: {
      AND: [
        scopeWhere(principal, "document"),
        { schoolId: school.id, requirementId: { in: requirements.map((r) => r.id) }, OR: [{ academicYearId }, { academicYearId: null }] },
      ],
    },
    include: documentInclude,
  });
  const names = await namesOf(documents.flatMap((d) => d.versions));
  const today = calendarToday(now);
  const rows = requirements.map((requirement) => {
    const wantedYear = requirement.period === "STANDING" ? null : academicYearId;
    const found = documents.find((d) => d.requirementId === requirement.id && d.academicYearId === wantedYear) ?? null;
    const document = found ? { ...found, versions: withNames(found.versions, names) } : null;
    return {
      requirement,
      document,
      status: deriveChecklistStatus({ dueOn: requirement.dueOn, document, today }),
      generated: generatedOrderFor(requirement.code),
    };
  });
  const scope = { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id };
  return { school, rows, summary: summarize(rows.map((r) => r.status)), mayUpload: can(principal, "create", "document", scope) && can(principal, "update", "document", scope) };
}
export type Checklist = NonNullable<Awaited<ReturnType<typeof getChecklist>>>;
export type ChecklistRow = Checklist["rows"][number];

export function summarize(statuses: readonly ChecklistStatus[]): Record<ChecklistStatus, number> & { total: number } {
  const out = { MISSING: 0, UPLOADED: 0, ACCEPTED: 0, RETURNED: 0, OVERDUE: 0, total: statuses.length };
  for (const status of statuses) out[status] += 1;
  return out;
}

export type ReviewUnit = { municipalityId: string } | { regionId: string };

/** Documents of the unit's schools waiting for review, the longest-waiting first. */
export async function listReviewQueue(principal: Principal, unit: ReviewUnit) {
  if (!roleMay(principal.active.role, "review", "document")) return [];
  const documents = await db.document.findMany({
    where: { AND: [scopeWhere(principal, "document"), unit, { status: "UPLOADED" }] },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    include: {
      school: { select: { id: true, shortName: true } },
      requirement: { select: { title: true, code: true, dueOn: true } },
      academicYear: { select: { title: true } },
      versions: { orderBy: { versionNo: "desc" }, take: 2, select: versionSelect },
    },
  });
  const names = await namesOf(documents.flatMap((d) => d.versions));
  return documents.map((d) => ({ ...d, versions: withNames(d.versions, names) }));
}
export type ReviewQueueRow = Awaited<ReturnType<typeof listReviewQueue>>[number];

/** One document with its whole history, for the reviewer's page; null when not the principal's. */
export async function getDocument(principal: Principal, documentId: string) {
  if (!roleMay(principal.active.role, "read", "document")) return null;
  const document = await db.document.findFirst({
    where: { AND: [{ id: documentId }, scopeWhere(principal, "document")] },
    include: {
      ...documentInclude,
      school: { select: { id: true, name: true, shortName: true, slug: true } },
      requirement: { select: { id: true, title: true, code: true, description: true, dueOn: true, level: true } },
      academicYear: { select: { id: true, title: true } },
    },
  });
  if (!document) return null;
  const names = await namesOf(document.versions);
  return {
    ...document,
    versions: withNames(document.versions, names),
    mayReview: document.status === "UPLOADED" && can(principal, "review", "document", document),
  };
}
export type DocumentDetail = NonNullable<Awaited<ReturnType<typeof getDocument>>>;
