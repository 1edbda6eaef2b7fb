// Demo accounts (one per role) and a few more staff accounts of other tenants, with their role
// assignments. Passwords are hashed in index.ts, only for users that do not exist yet.
import type { Prisma } from "../../lib/generated/prisma/client";
import { MUNICIPALITIES, REGION, school } from "./hierarchy";
import type { FullName } from "./names";
import { LAUNCH, stamped, type Scope } from "./util";

export const DEMO_PASSWORD = "Nastavnik-demo-2026";

type Role = "ADMIN" | "REGIONAL_COORDINATOR" | "MUNICIPAL_CURATOR" | "SCHOOL_CURATOR" | "MENTOR" | "MENTEE";

export const USER = {
  admin: "seed-user-admin",
  region: "seed-user-region-56",
  municipality: "seed-user-municipality-orsk",
  curator: "seed-user-curator-orsk-51",
  mentor: "seed-user-mentor-orsk-51",
  mentee: "seed-user-mentee-orsk-51",
  coordinatorPerm: "seed-user-region-59",
  coordinatorAltai: "seed-user-region-04",
  ongudai: "seed-user-municipality-ongudai",
  pavlovsky: "seed-user-municipality-pavlovsky",
  curatorGym45: "seed-user-curator-perm-gym45",
  curatorGym2: "seed-user-curator-orsk-gym2",
  curatorTenga: "seed-user-curator-tenga",
} as const;

/** Names of the demo mentor and mentee: their Participant rows (people.ts) carry the same names. */
export const DEMO_MENTOR_NAME: FullName = ["Кравцова", "Ольга", "Николаевна"];
export const DEMO_MENTEE_NAME: FullName = ["Савельев", "Артём", "Игоревич"];

const ORSK_51 = school("orsk-51");

function ids(info: Scope): Scope {
  return { regionId: info.regionId, municipalityId: info.municipalityId, schoolId: info.schoolId };
}

type AccountSpec = {
  id: string;
  email: string;
  role: Role;
  fullName: string;
  scope: string;
  regionId?: string;
  municipalityId?: string;
  schoolId?: string;
};

const DEMO: readonly AccountSpec[] = [
  { id: USER.admin, email: "admin@nastavnik.example", role: "ADMIN", fullName: "Соколов Дмитрий Алексеевич", scope: "Вся платформа" },
  { id: USER.region, email: "region@nastavnik.example", role: "REGIONAL_COORDINATOR", fullName: "Гришина Наталья Павловна", scope: "Оренбургская область", regionId: REGION.orenburg },
  { id: USER.municipality, email: "municipality@nastavnik.example", role: "MUNICIPAL_CURATOR", fullName: "Полякова Ирина Владимировна", scope: "г. Орск", regionId: REGION.orenburg, municipalityId: MUNICIPALITIES.orsk.id },
  { id: USER.curator, email: "curator@nastavnik.example", role: "SCHOOL_CURATOR", fullName: "Лебедева Татьяна Викторовна", scope: ORSK_51.name, ...ids(ORSK_51) },
  { id: USER.mentor, email: "mentor@nastavnik.example", role: "MENTOR", fullName: DEMO_MENTOR_NAME.join(" "), scope: ORSK_51.name, ...ids(ORSK_51) },
  { id: USER.mentee, email: "mentee@nastavnik.example", role: "MENTEE", fullName: DEMO_MENTEE_NAME.join(" "), scope: ORSK_51.name, ...ids(ORSK_51) },
];

const gym45 = school("perm-gym45");
const gym2 = school("orsk-gym2");
const tenga = school("tenga");

const STAFF: readonly AccountSpec[] = [
  { id: USER.coordinatorPerm, email: "region.perm@nastavnik.example", role: "REGIONAL_COORDINATOR", fullName: "Ершова Людмила Геннадьевна", scope: "Пермский край", regionId: REGION.perm },
  { id: USER.coordinatorAltai, email: "region.altai@nastavnik.example", role: "REGIONAL_COORDINATOR", fullName: "Тодошева Аржана Васильевна", scope: "Республика Алтай", regionId: REGION.altai },
  { id: USER.ongudai, email: "ongudai@nastavnik.example", role: "MUNICIPAL_CURATOR", fullName: "Майманова Чейнеш Алексеевна", scope: "Онгудайский район", regionId: REGION.altai, municipalityId: MUNICIPALITIES.ongudai.id },
  { id: USER.pavlovsky, email: "pavlovsky@nastavnik.example", role: "MUNICIPAL_CURATOR", fullName: "Бондаренко Светлана Николаевна", scope: "Павловский район", regionId: REGION.krasnodar, municipalityId: MUNICIPALITIES.pavlovsky.id },
  { id: USER.curatorGym45, email: "gym45@nastavnik.example", role: "SCHOOL_CURATOR", fullName: "Рябова Екатерина Андреевна", scope: gym45.name, ...ids(gym45) },
  { id: USER.curatorGym2, email: "gym2@nastavnik.example", role: "SCHOOL_CURATOR", fullName: "Тихонова Марина Юрьевна", scope: gym2.name, ...ids(gym2) },
  { id: USER.curatorTenga, email: "tenga@nastavnik.example", role: "SCHOOL_CURATOR", fullName: "Кудачина Нина Петровна", scope: tenga.name, ...ids(tenga) },
];

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; role: Role; fullName: string; scope: string }> = DEMO.map(
  ({ email, role, fullName, scope }) => ({ email, role, fullName, scope }),
);

/** Staff names, so that generated participants never take them. */
export const ACCOUNT_NAMES: readonly FullName[] = [...DEMO, ...STAFF].map((a) => a.fullName.split(" ") as unknown as FullName);

/** The school curator's user id of a school, where the demo world has one. */
export function curatorOf(schoolId: string): string | null {
  return [...DEMO, ...STAFF].find((a) => a.role === "SCHOOL_CURATOR" && a.schoolId === schoolId)?.id ?? null;
}

/** Who reviews documents of a municipality (its curator, or the regional coordinator). */
export function reviewerOf(municipalityId: string, regionId: string): string {
  const all = [...DEMO, ...STAFF];
  return (
    all.find((a) => a.role === "MUNICIPAL_CURATOR" && a.municipalityId === municipalityId)?.id ??
    all.find((a) => a.role === "REGIONAL_COORDINATOR" && a.regionId === regionId)?.id ??
    USER.admin
  );
}

export type UserSeed = { id: string; email: string; fullName: string; createdAt: Date; updatedAt: Date };

export function buildAccounts() {
  const accounts = [...DEMO, ...STAFF];
  const users: UserSeed[] = accounts.map(({ id, email, fullName }) => ({ id, email, fullName, ...stamped(LAUNCH) }));
  const roleAssignments: Prisma.RoleAssignmentCreateManyInput[] = accounts.map((a) => ({
    id: `seed-ra-${a.id.replace(/^seed-user-/, "")}`,
    userId: a.id,
    role: a.role,
    regionId: a.regionId ?? null,
    municipalityId: a.municipalityId ?? null,
    schoolId: a.schoolId ?? null,
    createdById: a.role === "ADMIN" ? null : USER.admin,
    createdAt: LAUNCH,
  }));
  return { users, roleAssignments };
}
