/**
 * What a requirement asks of a school, and where the school stands with it. Derived, never stored:
 * the document's review status and the requirement's due date give the checklist's status.
 */
import type { DocumentStatus, OrgLevel, RequirementPeriod } from "@/lib/generated/prisma/enums";
import type { RequirementPeriodChoice } from "./schemas";

export type ChecklistStatus = "MISSING" | "UPLOADED" | "ACCEPTED" | "RETURNED" | "OVERDUE";

export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatus, string> = {
  MISSING: "не загружен",
  UPLOADED: "на проверке",
  ACCEPTED: "принят",
  RETURNED: "возвращён на доработку",
  OVERDUE: "просрочен",
};

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  UPLOADED: "ждёт проверки",
  ACCEPTED: "принят",
  RETURNED: "возвращён на доработку",
};

/**
 * The checklist status of a requirement for a school. A document that is missing or was returned
 * becomes overdue once its due date has passed (the comment of a return stays visible); an upload
 * waiting for review is the school's part done, so it is never overdue.
 */
export function deriveChecklistStatus(input: { dueOn: Date | null; document: { status: DocumentStatus } | null; today: Date }): ChecklistStatus {
  const { dueOn, document, today } = input;
  if (document?.status === "ACCEPTED") return "ACCEPTED";
  if (document?.status === "UPLOADED") return "UPLOADED";
  if (dueOn && dueOn < today) return "OVERDUE";
  return document ? "RETURNED" : "MISSING";
}

/** The requirement's own scope: the platform's, a region's or a municipality's. */
export type RequirementOwner = { level: OrgLevel; regionId: string | null; municipalityId: string | null };
export type RequirementTiming = { period: RequirementPeriod; academicYearId: string | null };
export type SchoolPlace = { regionId: string; municipalityId: string };

/**
 * Does the requirement apply to this school in this academic year? The platform's apply to every
 * school, a region's to its schools, a municipality's to its schools; a standing one in every year,
 * a yearly one in every year unless it names its year.
 */
export function requirementApplies(requirement: RequirementOwner & RequirementTiming & { isActive: boolean }, school: SchoolPlace, academicYearId: string): boolean {
  if (!requirement.isActive) return false;
  const owner =
    requirement.level === "PLATFORM" ||
    (requirement.level === "REGION" && requirement.regionId === school.regionId) ||
    (requirement.level === "MUNICIPALITY" && requirement.municipalityId === school.municipalityId);
  if (!owner) return false;
  return requirement.period === "STANDING" || !requirement.academicYearId || requirement.academicYearId === academicYearId;
}

/** The same rule as a Prisma `where` (kept beside the predicate; the tests check they agree). */
export function applicableRequirementsWhere(school: SchoolPlace, academicYearId: string) {
  return {
    isActive: true,
    OR: [
      { level: "PLATFORM" as const },
      { level: "REGION" as const, regionId: school.regionId },
      { level: "MUNICIPALITY" as const, municipalityId: school.municipalityId },
    ],
    AND: [{ OR: [{ period: "STANDING" as const }, { academicYearId: null }, { academicYearId }] }],
  };
}

/** The document of a standing requirement is one for all years; a yearly one is the year's. */
export function documentYearOf(requirement: { period: RequirementPeriod }, academicYearId: string): string | null {
  return requirement.period === "STANDING" ? null : academicYearId;
}

/** The form's period choice of a stored requirement, and back. */
export function periodChoiceOf(requirement: RequirementTiming): RequirementPeriodChoice {
  if (requirement.period === "STANDING") return "STANDING";
  return requirement.academicYearId ? "ONE_YEAR" : "EVERY_YEAR";
}

export function timingOf(choice: RequirementPeriodChoice, academicYearId: string): RequirementTiming {
  if (choice === "STANDING") return { period: "STANDING", academicYearId: null };
  return { period: "PER_YEAR", academicYearId: choice === "ONE_YEAR" ? academicYearId : null };
}

export function describeTiming(requirement: RequirementTiming & { academicYear?: { title: string } | null }): string {
  if (requirement.period === "STANDING") return "бессрочно";
  return requirement.academicYearId ? `на ${requirement.academicYear?.title ?? "один"} учебный год` : "ежегодно";
}
