import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { Principal } from "@/lib/access";

/**
 * Reading a minor's personal data is audited like a write (DESIGN.md "AuditEvent"). Called by the
 * queries that return a minor's details, with the minors among what they return.
 */
export async function auditMinorReads(
  principal: Principal,
  minors: Array<{ id: string; regionId: string; municipalityId: string; schoolId: string }>,
  context: string,
): Promise<void> {
  if (minors.length === 0) return;
  await db.$transaction(async (tx) => {
    for (const minor of minors) {
      await recordAudit(tx, { principal }, {
        action: "participant.read_minor",
        entity: "Participant",
        entityId: minor.id,
        scope: minor,
        after: { context },
      });
    }
  });
}
