import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Principal } from "@/lib/access";

/**
 * A transaction client or the client itself: audit events are written inside the write's
 * transaction. With createMany, which returns no row: the writer of an event need not be allowed
 * to read it back (row-level security shows platform-level events only to the platform).
 */
type Writer = { auditEvent: { createMany(args: { data: Prisma.AuditEventCreateManyInput[] }): Promise<unknown> } };

export type AuditInput = {
  action: string; // "pair.register", "session.sign_in", "participant.read_minor"…
  entity: string; // "MentoringPair"
  entityId?: string | null;
  scope?: { regionId?: string | null; municipalityId?: string | null; schoolId?: string | null };
  before?: unknown;
  after?: unknown;
};

export type AuditActor = { principal?: Principal | null; userId?: string | null; ip?: string | null };

/**
 * Characters PostgreSQL's jsonb refuses although JavaScript strings hold them: a lone UTF-16
 * surrogate (which a text column stores as U+FFFD) and U+0000. One of them in a saved name made
 * the audit event, and with it the whole write, fail with an unexpected error (found by the
 * hostile-input test); in the audit they become U+FFFD, as in the text columns.
 */
const NOT_IN_JSONB = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\u0000/g;

/** JSON-safe copy (dates as ISO strings); secrets never reach it because callers pass chosen fields. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  const json = JSON.stringify(value, (_key, child: unknown) => (typeof child === "string" ? child.replace(NOT_IN_JSONB, "\ufffd") : child));
  return JSON.parse(json) as Prisma.InputJsonValue;
}

/** Only the fields that changed, before and after. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}

export async function recordAudit(tx: Writer, actor: AuditActor, input: AuditInput): Promise<void> {
  await tx.auditEvent.createMany({
    data: [
      {
        actorUserId: actor.principal?.userId ?? actor.userId ?? null,
        actorRole: actor.principal?.active.role ?? null,
        action: input.action,
        entity: input.entity,
        entityId: input.entityId ?? null,
        regionId: input.scope?.regionId ?? null,
        municipalityId: input.scope?.municipalityId ?? null,
        schoolId: input.scope?.schoolId ?? null,
        before: toJson(input.before),
        after: toJson(input.after),
        ip: actor.ip ?? null,
      },
    ],
  });
}
