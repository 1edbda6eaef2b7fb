import { insertToken, NEW_PASSWORD, one, queryE2eDatabase, randomBytes, userId, type Fixture } from "./common";

const INVITED = "walker.mentor@nastavnik.example";

export const USERS_FIXTURES: Record<string, Fixture> = {
  "lib/users/actions.ts#invitableParticipantsAction": {
    readOnly: true,
    actor: "curator@nastavnik.example",
    args: async () => [{ schoolId: (await one<{ id: string }>(`SELECT id FROM "School" WHERE name LIKE '%СОШ №51%'`)).id }],
  },
  "lib/users/actions.ts#inviteUserAction": {
    actor: "curator@nastavnik.example",
    args: async () => {
      const participant = await one<{ id: string }>(
        `SELECT p.id FROM "Participant" p JOIN "School" s ON s.id = p."schoolId"
          WHERE s.name LIKE '%СОШ №51%' AND p.kind = 'TEACHER' AND p."userId" IS NULL AND p."archivedAt" IS NULL
          ORDER BY p.id LIMIT 1`,
      );
      return [{ email: INVITED, fullName: "Проверкин Пётр Петрович", role: "MENTOR", targetId: participant.id }];
    },
  },
  "lib/users/actions.ts#resendInvitationAction": {
    after: ["lib/users/actions.ts#inviteUserAction"],
    actor: "curator@nastavnik.example",
    args: async () => [{ userId: await userId(INVITED) }],
  },
  "lib/users/actions.ts#setUserActiveAction": {
    after: ["lib/users/actions.ts#resendInvitationAction"],
    actor: "curator@nastavnik.example",
    args: async () => [{ userId: await userId(INVITED), active: false }],
  },
  "lib/users/actions.ts#acceptInvitationAction": {
    actor: null,
    args: async () => {
      const id = `walker-user-${randomBytes(4).toString("hex")}`;
      const email = `${id}@nastavnik.example`;
      await queryE2eDatabase(
        `INSERT INTO "User" (id, email, "fullName", "isActive", "sessionVersion", "createdAt", "updatedAt")
         VALUES ($1, $2, 'Новикова Анна Сергеевна', true, 0, now(), now())`,
        [id, email],
      );
      return [{ token: await insertToken(email, "INVITATION"), password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }];
    },
  },
  "lib/users/actions.ts#resetPasswordAction": {
    actor: null,
    args: async () => [{ token: await insertToken("pavlovsky@nastavnik.example", "PASSWORD_RESET"), password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }],
  },
  "lib/users/actions.ts#requestPasswordResetAction": {
    actor: null,
    args: async () => [{ email: "region.altai@nastavnik.example" }],
  },
};
