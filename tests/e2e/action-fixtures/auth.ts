import { DEMO_PASSWORD } from "../../../prisma/seed/accounts";
import { one, queryE2eDatabase, randomBytes, type Fixture } from "./common";

export const AUTH_FIXTURES: Record<string, Fixture> = {
  "lib/auth/actions.ts#signInAction": {
    actor: null,
    args: async () => [{ email: "gym2@nastavnik.example", password: DEMO_PASSWORD }],
  },
  "lib/auth/actions.ts#signOutAction": { actor: "ongudai@nastavnik.example", args: async () => [] },
  "lib/auth/actions.ts#switchRoleAction": {
    actor: "tenga@nastavnik.example",
    args: async () => {
      const curator = await one<{ id: string; schoolId: string; regionId: string; municipalityId: string; userId: string }>(
        `SELECT id, "schoolId", "regionId", "municipalityId", "userId" FROM "RoleAssignment"
          WHERE "userId" = (SELECT id FROM "User" WHERE email = 'tenga@nastavnik.example') LIMIT 1`,
      );
      const id = `walker-ra-${randomBytes(4).toString("hex")}`;
      await queryE2eDatabase(
        `INSERT INTO "RoleAssignment" (id, "userId", role, "regionId", "municipalityId", "schoolId", "createdAt")
         VALUES ($1, $2, 'MENTOR', $3, $4, $5, now())`,
        [id, curator.userId, curator.regionId, curator.municipalityId, curator.schoolId],
      );
      return [{ assignmentId: id }];
    },
  },
};
