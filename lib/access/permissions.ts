/**
 * THE role → permission table of DESIGN.md ("Roles"). Which actions a role may take on which
 * entity; *which records* it may take them on is the scope (./scope.ts). Used by the server
 * (every query and mutation through ./can.ts and ./scope.ts) and by the UI to show what a user can
 * do; docs/access.md is generated from it.
 */
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = [
  "ADMIN",
  "REGIONAL_COORDINATOR",
  "MUNICIPAL_CURATOR",
  "SCHOOL_CURATOR",
  "MENTOR",
  "MENTEE",
] as const satisfies readonly Role[];

export const ENTITIES = [
  "region",
  "municipality",
  "school",
  "organization",
  "academicYear",
  "mentoringForm",
  "user",
  "participant",
  "program",
  "pair",
  "plan",
  "planItem",
  "planTemplate",
  "visit",
  "meeting",
  "event",
  "training",
  "award",
  "documentRequirement",
  "document",
  "questionnaire",
  "response",
  "submission",
  "auditEvent",
] as const;
export type Entity = (typeof ENTITIES)[number];

export const ACTIONS = ["list", "read", "create", "update", "delete", "download", "review", "comment"] as const;
export type Action = (typeof ACTIONS)[number];

const READ = ["list", "read"] as const;
const MANAGE = ["list", "read", "create", "update", "delete"] as const;

type Table = Record<Role, Partial<Record<Entity, readonly Action[]>>>;

/**
 * Regional coordinators and municipal curators: the same rights, each in their own scope (plan
 * templates are kept by the platform and the regions only, so they are added per role below).
 */
const COORDINATION = {
    region: READ,
    municipality: READ,
    school: READ,
    organization: READ,
    academicYear: READ,
    mentoringForm: READ,
    user: ["list", "read", "create", "update"],
    participant: READ,
    program: READ,
    pair: READ,
    plan: READ,
    planItem: READ,
    visit: READ,
    meeting: READ,
    event: MANAGE,
    training: READ,
    award: READ,
    documentRequirement: MANAGE,
    document: [...READ, "download", "review"],
    questionnaire: MANAGE,
    response: READ,
} as const satisfies Table[Role];

export const PERMISSIONS = {
  // The platform admin reads everything and writes the configuration.
  ADMIN: {
    region: MANAGE,
    municipality: MANAGE,
    school: MANAGE,
    organization: MANAGE,
    academicYear: MANAGE,
    mentoringForm: MANAGE,
    user: MANAGE,
    participant: READ,
    program: READ,
    pair: READ,
    plan: READ,
    planItem: READ,
    planTemplate: MANAGE,
    visit: READ,
    meeting: READ,
    event: READ,
    training: READ,
    award: READ,
    documentRequirement: MANAGE,
    document: [...READ, "download"],
    questionnaire: MANAGE,
    response: READ,
    auditEvent: READ,
  },
  // Everything in the region; regional events, requirements, questionnaires, plan templates; document
  // review; the region's municipalities, schools and partners, and its settings (the cap of mentees
  // per mentor, which forms its schools use) — not its name or code.
  REGIONAL_COORDINATOR: {
    ...COORDINATION,
    planTemplate: MANAGE,
    region: ["list", "read", "update"],
    municipality: MANAGE,
    school: MANAGE,
    organization: MANAGE,
  },
  // Everything in the municipality; municipal events, requirements, questionnaires; document review.
  MUNICIPAL_CURATOR: { ...COORDINATION, planTemplate: READ },
  // Everything in the school; runs the target model there.
  SCHOOL_CURATOR: {
    region: READ,
    municipality: READ,
    school: ["list", "read", "update"],
    organization: READ,
    academicYear: READ,
    mentoringForm: READ,
    user: ["list", "read", "create", "update"],
    participant: MANAGE,
    program: MANAGE,
    pair: MANAGE,
    plan: MANAGE,
    planItem: [...MANAGE, "comment"],
    planTemplate: READ,
    visit: MANAGE,
    meeting: MANAGE,
    event: MANAGE,
    training: MANAGE,
    award: MANAGE,
    documentRequirement: READ,
    document: ["list", "read", "create", "update", "download"],
    questionnaire: MANAGE,
    response: READ,
    submission: ["list", "read", "create", "update"],
  },
  // Own pairs and groups: their plans, visits and meetings.
  MENTOR: {
    region: READ,
    municipality: READ,
    school: READ,
    academicYear: READ,
    mentoringForm: READ,
    user: READ,
    participant: READ,
    pair: READ,
    plan: ["list", "read", "create", "update"],
    planItem: [...MANAGE, "comment"],
    planTemplate: READ,
    visit: MANAGE,
    meeting: MANAGE,
    event: READ,
    training: READ,
    award: READ,
    questionnaire: READ,
    response: ["list", "read", "create"],
    submission: ["list", "read", "create", "update"],
  },
  // Own participation: own plan and its progress, own visits, own mentor's contact.
  MENTEE: {
    region: READ,
    municipality: READ,
    school: READ,
    academicYear: READ,
    mentoringForm: READ,
    user: READ,
    participant: READ,
    pair: READ,
    plan: READ,
    planItem: ["list", "read", "update", "comment"],
    visit: READ,
    meeting: READ,
    event: READ,
    questionnaire: READ,
    response: ["list", "read", "create"],
    submission: ["list", "read", "create", "update"],
  },
} as const satisfies Table;

export function roleMay(role: Role, action: Action, entity: Entity): boolean {
  const actions: readonly Action[] | undefined = (PERMISSIONS as Table)[role][entity];
  return actions?.includes(action) ?? false;
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Администратор платформы",
  REGIONAL_COORDINATOR: "Региональный координатор",
  MUNICIPAL_CURATOR: "Муниципальный куратор",
  SCHOOL_CURATOR: "Куратор школы",
  MENTOR: "Наставник",
  MENTEE: "Наставляемый",
};
