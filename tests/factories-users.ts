/**
 * Accounts for tests: a user with one role assignment and a real session, and the principal that
 * lib/auth/sessions.ts loads for it, exactly as a request would see it. Also a mailbox that keeps
 * the letters a mutation sends, to follow their links.
 */
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Principal } from "@/lib/access";
import { hashPassword } from "@/lib/auth/password";
import { createSession, loadPrincipal } from "@/lib/auth/sessions";
import type { MailMessage } from "@/lib/mail/send";
import { unique } from "./factories";

type Scope = { regionId?: string | null; municipalityId?: string | null; schoolId?: string | null };

/** A second school in the same municipality as `of`. */
export async function createSchoolIn(municipality: { id: string; regionId: string }) {
  const code = unique("s");
  return db.school.create({
    data: { regionId: municipality.regionId, municipalityId: municipality.id, code, slug: code, name: `МБОУ «СОШ ${code}»`, shortName: `СОШ ${code}` },
  });
}

/** A municipality (with one school) in an existing region. */
export async function createMunicipalityIn(region: { id: string }) {
  const municipality = await db.municipality.create({ data: { regionId: region.id, code: unique("m"), name: unique("Муниципалитет") } });
  const school = await createSchoolIn(municipality);
  return { municipality, school };
}

/** The scope ids an assignment of each level carries. */
export function scopeOfSchool(school: { id: string; municipalityId: string; regionId: string }): Scope {
  return { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id };
}

export async function signIn(user: { id: string; sessionVersion: number }): Promise<{ sessionId: string; principal: Principal }> {
  const sessionId = await db.$transaction((tx) => createSession(tx, user, { ip: "127.0.0.1", userAgent: "vitest" }));
  const principal = await loadPrincipal(sessionId);
  if (!principal) throw new Error("the new session did not load");
  return { sessionId, principal };
}

/**
 * A user holding `role` on `scope`, signed in. Without `password` the account still counts as one
 * that has set a password (an unusable hash), as every working account has.
 */
export async function createUserWithRole(
  role: Role,
  scope: Scope = {},
  overrides: { email?: string; fullName?: string; password?: string } = {},
) {
  const user = await db.user.create({
    data: {
      email: overrides.email ?? `${unique("user")}@example.ru`.toLowerCase(),
      fullName: overrides.fullName ?? `${unique("Петрова")} Анна Сергеевна`,
      passwordHash: overrides.password ? await hashPassword(overrides.password) : "$argon2id$unusable-test-hash",
    },
  });
  const assignment = await db.roleAssignment.create({
    data: {
      userId: user.id,
      role,
      regionId: scope.regionId ?? null,
      municipalityId: scope.municipalityId ?? null,
      schoolId: scope.schoolId ?? null,
    },
  });
  const { sessionId, principal } = await signIn(user);
  return { user, assignment, sessionId, principal };
}

/** Keeps the letters sent through it; `failing` makes every send throw, like a dead SMTP server. */
export function createMailbox(options: { failing?: boolean } = {}) {
  const letters: MailMessage[] = [];
  return {
    letters,
    sendMail: async (message: MailMessage) => {
      if (options.failing) throw new Error("SMTP server unreachable");
      letters.push(message);
    },
    /** The token of the one-time link in the last letter. */
    lastToken(): string {
      const last = letters.at(-1);
      const match = last?.text.match(/\/(?:invite|password\/reset)\/([A-Za-z0-9_-]{43})\b/);
      if (!match) throw new Error("no one-time link in the last letter");
      return match[1];
    },
  };
}
