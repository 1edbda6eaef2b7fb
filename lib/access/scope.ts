/**
 * Which records a principal may see: one Prisma `where` per entity, built from the active role
 * assignment. Every query of lib/ puts it into its own `where`, so a foreign id is simply "not
 * found". The builders never return `undefined` anywhere (Prisma would drop the condition and
 * return everything): a missing scope id throws, and "nothing" is an explicit empty `in`.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Entity } from "./permissions";
import type { Principal } from "./principal";

export type WhereByEntity = {
  region: Prisma.RegionWhereInput;
  municipality: Prisma.MunicipalityWhereInput;
  school: Prisma.SchoolWhereInput;
  organization: Prisma.OrganizationWhereInput;
  academicYear: Prisma.AcademicYearWhereInput;
  mentoringForm: Prisma.MentoringFormWhereInput;
  user: Prisma.UserWhereInput;
  participant: Prisma.ParticipantWhereInput;
  program: Prisma.MentoringProgramWhereInput;
  pair: Prisma.MentoringPairWhereInput;
  plan: Prisma.DevelopmentPlanWhereInput;
  planItem: Prisma.PlanItemWhereInput;
  planTemplate: Prisma.PlanTemplateWhereInput;
  visit: Prisma.LessonVisitWhereInput;
  meeting: Prisma.MeetingWhereInput;
  event: Prisma.EventWhereInput;
  training: Prisma.TrainingWhereInput;
  award: Prisma.AwardWhereInput;
  documentRequirement: Prisma.DocumentRequirementWhereInput;
  document: Prisma.DocumentWhereInput;
  questionnaire: Prisma.QuestionnaireTemplateWhereInput;
  response: Prisma.QuestionnaireResponseWhereInput;
  submission: Prisma.QuestionnaireSubmissionWhereInput;
  auditEvent: Prisma.AuditEventWhereInput;
};

/** Matches no row. */
const NOTHING = { id: { in: [] as string[] } };

function required(value: string | null, what: string): string {
  if (!value) throw new Error(`Role assignment without ${what}`);
  return value;
}

type Level = "all" | "region" | "municipality" | "school" | "mentor" | "mentee";

function levelOf(principal: Principal): Level {
  switch (principal.active.role) {
    case "ADMIN":
      return "all";
    case "REGIONAL_COORDINATOR":
      return "region";
    case "MUNICIPAL_CURATOR":
      return "municipality";
    case "SCHOOL_CURATOR":
      return "school";
    case "MENTOR":
      return "mentor";
    case "MENTEE":
      return "mentee";
  }
}

/** `{ regionId }`, `{ municipalityId }` or `{ schoolId }` of the active assignment. */
function tenant(principal: Principal): { regionId: string } | { municipalityId: string } | { schoolId: string } | object {
  const a = principal.active;
  switch (levelOf(principal)) {
    case "all":
      return {};
    case "region":
      return { regionId: required(a.regionId, "region") };
    case "municipality":
      return { municipalityId: required(a.municipalityId, "municipality") };
    default:
      return { schoolId: required(a.schoolId, "school") };
  }
}

export function scopeWhere<E extends Entity>(principal: Principal, entity: E): WhereByEntity[E] {
  return build(principal, entity) as WhereByEntity[E];
}

function build(principal: Principal, entity: Entity): object {
  const a = principal.active;
  const level = levelOf(principal);
  const me = { in: principal.participantIds };
  const schoolId = level === "mentor" || level === "mentee" ? required(a.schoolId, "school") : null;
  // Pairs of the principal: as mentor, or as mentee.
  const myPairs: Prisma.MentoringPairWhereInput =
    level === "mentor" ? { schoolId: schoolId!, mentorId: me } : { schoolId: schoolId!, mentees: { some: { menteeId: me } } };

  switch (entity) {
    case "academicYear":
    case "mentoringForm":
      return {}; // catalogs every signed-in user reads

    case "region":
      return level === "all" ? {} : { id: required(a.regionId, "region") };
    case "municipality":
      if (level === "all") return {};
      if (level === "region") return { regionId: required(a.regionId, "region") };
      return { id: required(a.municipalityId, "municipality") };
    case "school":
      if (level === "all") return {};
      if (level === "region") return { regionId: required(a.regionId, "region") };
      if (level === "municipality") return { municipalityId: required(a.municipalityId, "municipality") };
      return { id: required(a.schoolId, "school") };
    case "organization":
      return level === "all" ? {} : { regionId: required(a.regionId, "region") };

    case "user":
      if (level === "all") return {};
      if (level === "mentor" || level === "mentee") {
        // Oneself and the people one works with in a pair.
        return {
          OR: [
            { id: principal.userId },
            { participants: { some: { schoolId: schoolId!, OR: [{ mentoredPairs: { some: pairWithPrincipal(principal) } }, { menteeships: { some: { pair: pairWithPrincipal(principal) } } }] } } },
          ],
        };
      }
      return { roleAssignments: { some: tenant(principal) } };

    case "participant":
      if (level === "mentor") {
        return { schoolId: schoolId!, OR: [{ id: me }, { menteeships: { some: { mentorId: me } } }] };
      }
      if (level === "mentee") {
        return { schoolId: schoolId!, OR: [{ id: me }, { mentoredPairs: { some: { mentees: { some: { menteeId: me } } } } }] };
      }
      return tenant(principal);

    case "program":
      // The school's programme is not personal: its people may know it.
      return tenant(principal);
    case "pair":
      return level === "mentor" || level === "mentee" ? myPairs : tenant(principal);
    case "plan":
      if (level === "mentor") return { schoolId: schoolId!, pair: { mentorId: me } };
      if (level === "mentee") return { schoolId: schoolId!, menteeId: me };
      return tenant(principal);
    case "planItem":
      if (level === "mentor") return { schoolId: schoolId!, plan: { pair: { mentorId: me } } };
      if (level === "mentee") return { schoolId: schoolId!, plan: { menteeId: me } };
      return tenant(principal);
    case "planTemplate":
      // The platform's templates and those of one's own region.
      return level === "all" ? {} : { OR: [{ regionId: null }, { regionId: required(a.regionId, "region") }] };
    case "visit":
      if (level === "mentor") return { schoolId: schoolId!, OR: [{ pair: myPairs }, { visitorId: me }, { teacherId: me }] };
      // A mentee sees the lessons they gave or attended, not the observation cards of the other
      // mentees of their group.
      if (level === "mentee") return { schoolId: schoolId!, OR: [{ visitorId: me }, { teacherId: me }] };
      return tenant(principal);
    case "meeting":
      return level === "mentor" || level === "mentee" ? { schoolId: schoolId!, pair: myPairs } : tenant(principal);

    case "event":
      // Events of one's own level and of the levels above it.
      if (level === "all") return {};
      if (level === "region") return { regionId: required(a.regionId, "region") };
      if (level === "municipality") {
        return {
          OR: [
            { municipalityId: required(a.municipalityId, "municipality") },
            { level: "REGION", regionId: required(a.regionId, "region") },
          ],
        };
      }
      return {
        OR: [
          { schoolId: required(a.schoolId, "school") },
          { level: "MUNICIPALITY", municipalityId: required(a.municipalityId, "municipality") },
          { level: "REGION", regionId: required(a.regionId, "region") },
        ],
      };

    case "training":
    case "award":
      if (level === "mentor" || level === "mentee") return { schoolId: schoolId!, participantId: me };
      return tenant(principal);

    case "documentRequirement":
      if (level === "all") return {};
      if (level === "region") return { OR: [{ level: "PLATFORM" }, { regionId: required(a.regionId, "region") }] };
      if (level === "mentor" || level === "mentee") return NOTHING;
      return {
        OR: [
          { level: "PLATFORM" },
          { level: "REGION", regionId: required(a.regionId, "region") },
          { level: "MUNICIPALITY", municipalityId: required(a.municipalityId, "municipality") },
        ],
      };
    case "document":
      return level === "mentor" || level === "mentee" ? NOTHING : tenant(principal);

    case "questionnaire": {
      if (level === "all") return {};
      const visible: Prisma.QuestionnaireTemplateWhereInput[] = [
        { level: "PLATFORM" },
        { level: "REGION", regionId: required(a.regionId, "region") },
      ];
      if (level === "region") {
        visible.push({ regionId: required(a.regionId, "region") });
      } else if (level === "municipality") {
        visible.push({ municipalityId: required(a.municipalityId, "municipality") });
      } else {
        visible.push({ level: "MUNICIPALITY", municipalityId: required(a.municipalityId, "municipality") });
        visible.push({ level: "SCHOOL", schoolId: required(a.schoolId, "school") });
      }
      return { OR: visible };
    }
    case "response":
      if (level === "mentor") {
        // One's own answers, and the named diagnostic of professional difficulties of one's mentees:
        // the mentor plans with it (lib/plans/diagnostic.ts).
        return {
          schoolId: schoolId!,
          OR: [
            { respondentId: me },
            {
              respondent: { menteeships: { some: { mentorId: me } } },
              version: { template: { kind: "DIFFICULTIES_DIAGNOSTIC", isAnonymous: false } },
            },
          ],
        };
      }
      if (level === "mentee") return { schoolId: schoolId!, respondentId: me };
      return tenant(principal);

    case "submission":
      // One's own work on a questionnaire: a draft holds answers (of anonymous questionnaires too),
      // so nobody else reads it, whatever their level. Staff count answers from the responses.
      if (level === "all" || level === "region" || level === "municipality") return { userId: principal.userId };
      return { schoolId: required(a.schoolId, "school"), userId: principal.userId };

    case "auditEvent":
      return level === "all" ? {} : NOTHING;
  }
  const unknownEntity: never = entity;
  throw new Error(`No scope rule for ${String(unknownEntity)}`);
}

function pairWithPrincipal(principal: Principal): Prisma.MentoringPairWhereInput {
  const me = { in: principal.participantIds };
  return { OR: [{ mentorId: me }, { mentees: { some: { menteeId: me } } }] };
}
