import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { assertCan, scopeWhere, type Principal } from "@/lib/access";

export const ZAuditFilter = z.object({
  action: z.string().trim().max(100).optional().catch(undefined),
  entity: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().trim().max(320).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, for those whose role may read it (the admin). */
export async function listAuditEvents(principal: Principal, filter: TAuditFilter) {
  assertCan(principal, "list", "auditEvent");
  const where = {
    AND: [
      scopeWhere(principal, "auditEvent"),
      filter.action ? { action: { contains: filter.action, mode: "insensitive" as const } } : {},
      filter.entity ? { entity: { equals: filter.entity } } : {},
      filter.actor ? { actor: { email: { contains: filter.actor.toLowerCase() } } } : {},
      filter.from ? { at: { gte: new Date(`${filter.from}T00:00:00Z`) } } : {},
      filter.to ? { at: { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } } : {},
    ],
  };
  const [events, total, entities] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { email: true, fullName: true } } },
    }),
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
  ]);
  return { events, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entities: entities.map((e) => e.entity) };
}
