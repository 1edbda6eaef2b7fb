import { one, queryE2eDatabase, randomBytes, type Fixture } from "./common";

/** Fixtures of the pairs actions (lib/pairs/actions.ts). */
const FORM = "seed-form-teacher-teacher";
const REGISTERED_ORDER = "walker-pairs-1";

type Free = { schoolId: string; regionId: string; municipalityId: string; menteeId: string; mentorId: string };

/**
 * A new teacher of СОШ №51 in the mentee base (the demo school has few free ones, and the walk must
 * not depend on them) and a teacher-mentor with `places` free places.
 */
async function freeMenteeAndMentor(places = 1): Promise<Free> {
  const school = await one<{ id: string; regionId: string; municipalityId: string }>(
    `SELECT id, "regionId", "municipalityId" FROM "School" WHERE slug = 'orsk-51'`,
  );
  const id = `walker-teacher-${randomBytes(4).toString("hex")}`;
  await queryE2eDatabase(
    `INSERT INTO "Participant" (id, "regionId", "municipalityId", "schoolId", kind, "lastName", "firstName", subjects, "experienceYears", "inMenteeBase", "consentGiven", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'TEACHER', 'Проверочная', 'Анна', ARRAY['математика'], 1, true, true, now(), now())`,
    [id, school.regionId, school.municipalityId, school.id],
  );
  const mentee = { id, schoolId: school.id, regionId: school.regionId, municipalityId: school.municipalityId };
  const mentor = await one<{ id: string }>(
    `SELECT p.id FROM "Participant" p JOIN "School" s ON s.id = p."schoolId" JOIN "Region" r ON r.id = s."regionId"
      WHERE s.id = $1 AND p.kind = 'TEACHER' AND p."inMentorBase" AND p."archivedAt" IS NULL AND p.id <> $2
        AND (SELECT count(*) FROM "PairMentee" pm WHERE pm."mentorId" = p.id AND pm."pairStatus" = 'ACTIVE' AND pm."leftOn" IS NULL)
            <= coalesce(s."maxMenteesPerMentor", r."maxMenteesPerMentor") - $3
      ORDER BY p.id LIMIT 1`,
    [mentee.schoolId, mentee.id, places],
  );
  return { ...mentee, menteeId: mentee.id, mentorId: mentor.id };
}

/** An active pair made directly in the database, for the action that ends it. */
async function insertActivePair(places = 1): Promise<{ id: string; version: number; free: Free }> {
  const free = await freeMenteeAndMentor(places);
  const id = `walker-pair-${randomBytes(4).toString("hex")}`;
  const year = await one<{ id: string }>(`SELECT id FROM "AcademicYear" WHERE "isCurrent"`);
  await queryE2eDatabase(
    `INSERT INTO "MentoringPair" (id, "regionId", "municipalityId", "schoolId", "academicYearId", "formId", "mentorId", "isGroup", "startsOn", "plannedEndOn", status, "createdAt", "updatedAt", version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, false, DATE '2026-09-15', DATE '2027-05-31', 'ACTIVE', now(), now(), 1)`,
    [id, free.regionId, free.municipalityId, free.schoolId, year.id, FORM, free.mentorId],
  );
  await queryE2eDatabase(
    `INSERT INTO "PairMentee" (id, "regionId", "municipalityId", "schoolId", "pairId", "mentorId", "formId", "pairStatus", "menteeId", "joinedOn", "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'ACTIVE', $8, DATE '2026-09-15', now())`,
    [`${id}-m`, free.regionId, free.municipalityId, free.schoolId, id, free.mentorId, FORM, free.menteeId],
  );
  return { id, version: 1, free };
}

export const PAIRS_FIXTURES: Record<string, Fixture> = {
  "lib/pairs/actions.ts#registerPairAction": {
    actor: "curator@nastavnik.example",
    args: async () => {
      const free = await freeMenteeAndMentor();
      return [
        {
          schoolId: free.schoolId,
          formId: FORM,
          modelId: "",
          mentorId: free.mentorId,
          menteeIds: [free.menteeId],
          startsOn: "2026-11-30",
          plannedEndOn: "2027-05-31",
          orderNumber: REGISTERED_ORDER,
          orderDate: "2026-11-27",
        },
      ];
    },
  },
  "lib/pairs/actions.ts#completePairAction": {
    after: ["lib/pairs/actions.ts#registerPairAction"],
    actor: "curator@nastavnik.example",
    args: async () => {
      const pair = await one<{ id: string; version: number }>(`SELECT id, version FROM "MentoringPair" WHERE "orderNumber" = $1`, [REGISTERED_ORDER]);
      return [{ pairId: pair.id, version: pair.version, endedOn: "2027-05-20" }];
    },
  },
  "lib/pairs/actions.ts#addPairMenteeAction": {
    actor: "curator@nastavnik.example",
    args: async () => {
      const pair = await insertActivePair(2);
      const newcomer = await freeMenteeAndMentor();
      return [{ pairId: pair.id, version: pair.version, menteeId: newcomer.menteeId, joinedOn: "2026-12-01" }];
    },
  },
  "lib/pairs/actions.ts#removePairMenteeAction": {
    // The group the add fixture made has two mentees: the newcomer leaves again (demo teachers are few).
    after: ["lib/pairs/actions.ts#addPairMenteeAction"],
    actor: "curator@nastavnik.example",
    args: async () => {
      const row = await one<{ pairId: string; version: number; menteeId: string }>(
        `SELECT p.id AS "pairId", p.version, pm."menteeId" FROM "MentoringPair" p JOIN "PairMentee" pm ON pm."pairId" = p.id
          WHERE p.id LIKE 'walker-pair-%' AND p."isGroup" AND pm."leftOn" IS NULL ORDER BY pm."joinedOn" DESC LIMIT 1`,
      );
      return [{ pairId: row.pairId, version: row.version, menteeId: row.menteeId, leftOn: "2026-12-01", reason: "Перевод в другую школу" }];
    },
  },
  "lib/pairs/actions.ts#terminatePairAction": {
    actor: "curator@nastavnik.example",
    args: async () => {
      const pair = await insertActivePair();
      return [{ pairId: pair.id, version: pair.version, endedOn: "2026-12-01", reason: "Наставляемый перешёл в другую школу" }];
    },
  },
};
