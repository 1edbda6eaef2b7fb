import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Principal, Assignment } from "@/lib/access";
import type { Role } from "@/lib/generated/prisma/enums";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** The role a new session starts in: the widest one. */
const ROLE_ORDER: Role[] = ["ADMIN", "REGIONAL_COORDINATOR", "MUNICIPAL_CURATOR", "SCHOOL_CURATOR", "MENTOR", "MENTEE"];

export function sortAssignments<T extends { role: Role }>(assignments: T[]): T[] {
  return [...assignments].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

export async function createSession(
  tx: Prisma.TransactionClient,
  user: { id: string; sessionVersion: number },
  context: { ip: string; userAgent: string | null },
): Promise<string> {
  const assignments = await tx.roleAssignment.findMany({ where: { userId: user.id } });
  const first = sortAssignments(assignments)[0];
  const session = await tx.session.create({
    data: {
      userId: user.id,
      activeRoleAssignmentId: first?.id ?? null,
      sessionVersion: user.sessionVersion,
      ip: context.ip,
      userAgent: context.userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return session.id;
}

export async function endSession(sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/**
 * The principal behind a session id, read fresh from the database on every request: a session
 * that ended or expired, a disabled user, or a user whose roles or password changed since the
 * session began (sessionVersion) gets null, and so is signed out at once.
 */
export async function loadPrincipal(sessionId: string, now = new Date()): Promise<Principal | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    include: { user: { include: { roleAssignments: true } } },
  });
  if (!session || session.endedAt || session.expiresAt <= now) return null;
  const { user } = session;
  if (!user.isActive || user.sessionVersion !== session.sessionVersion) return null;
  const assignments: Assignment[] = sortAssignments(user.roleAssignments).map((a) => ({
    id: a.id,
    role: a.role,
    regionId: a.regionId,
    municipalityId: a.municipalityId,
    schoolId: a.schoolId,
  }));
  const active = assignments.find((a) => a.id === session.activeRoleAssignmentId) ?? assignments[0];
  if (!active) return null;
  const participantIds =
    (active.role === "MENTOR" || active.role === "MENTEE") && active.schoolId
      ? (
          await db.participant.findMany({
            where: { userId: user.id, schoolId: active.schoolId, archivedAt: null },
            select: { id: true },
          })
        ).map((p) => p.id)
      : [];
  return { userId: user.id, email: user.email, fullName: user.fullName, assignments, active, participantIds };
}

/** Switches the session to another of the user's own role assignments. */
export async function switchActiveAssignment(
  tx: Prisma.TransactionClient,
  sessionId: string,
  userId: string,
  assignmentId: string,
): Promise<boolean> {
  const assignment = await tx.roleAssignment.findFirst({ where: { id: assignmentId, userId } });
  if (!assignment) return false;
  const updated = await tx.session.updateMany({
    where: { id: sessionId, userId, endedAt: null },
    data: { activeRoleAssignmentId: assignment.id },
  });
  return updated.count === 1;
}
