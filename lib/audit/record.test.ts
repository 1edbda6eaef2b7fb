import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "./record";

/**
 * A lone UTF-16 surrogate or a NUL in a value the audit records: PostgreSQL's jsonb refuses both,
 * so the audit event — and with it the write it belongs to — failed with an unexpected error (a
 * model named "я\ud83d", found by tests/e2e/hostile-actions.spec.ts). They are stored as U+FFFD.
 */
describe("audit events of values jsonb cannot hold", () => {
  it("records lone surrogates and NUL as U+FFFD, keeping valid pairs and the rest as they are", async () => {
    const entityId = `audit-test-${Date.now()}`;
    await recordAudit(db, { ip: "10.0.0.1" }, {
      action: "model.save",
      entity: "MentoringModel",
      entityId,
      before: { name: "старое\u0000имя" },
      after: { name: "я\ud83d", roles: ["\udfffнаставник", "😀 ок"], nested: { note: "a\ud800b" } },
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId } });
    expect(event.before).toEqual({ name: "старое\ufffdимя" });
    expect(event.after).toEqual({ name: "я\ufffd", roles: ["\ufffdнаставник", "😀 ок"], nested: { note: "a\ufffdb" } });
  });
});
