/**
 * The runner of the write side of the access matrix: every probe (a mutation called so that an
 * allowed call fails after the access check — a stale version, an unacceptable file — or writes
 * something harmless) by every role on every record of its entity, compared with who the rules say
 * may write it.
 */
import { expect } from "vitest";
import type { Principal } from "@/lib/access";
import { AppError, NotFoundError } from "@/lib/errors";
import { visibleTo } from "./oracle";
import type { principalsOf } from "./principals";
import type { Actor, Annotated } from "./world";

export type Probe = {
  entity: Annotated["entity"];
  /** Who the rules of the domain let write this record (`visible`: the oracle says they see it). */
  allowed: (actor: Actor, record: Annotated, visible: boolean) => boolean;
  call: (principal: Principal, record: Annotated) => Promise<unknown>;
};

/** "Not found" and "forbidden" keep the door shut; any other expected error comes after the access check. */
export function outcomeOf(error: unknown): string {
  if (error instanceof NotFoundError || (error instanceof AppError && error.code === "FORBIDDEN")) return "denied";
  if (error instanceof AppError) return "allowed";
  return `crashed: ${String(error)}`;
}

export async function runWriteMatrix(
  probes: Record<string, Probe>,
  records: Annotated[],
  principals: Awaited<ReturnType<typeof principalsOf>>,
): Promise<{ mismatches: string[]; cells: number; writes: number }> {
  const mismatches: string[] = [];
  let cells = 0;
  let writes = 0;
  for (const [name, probe] of Object.entries(probes)) {
    const ofEntity = records.filter((r) => r.entity === probe.entity);
    expect(ofEntity.length, name).toBeGreaterThan(0);
    for (const { actor, principal } of principals) {
      for (const record of ofEntity) {
        const expected = probe.allowed(actor, record, visibleTo(actor, principal.participantIds, record));
        const outcome = await probe.call(principal, record).then(() => "wrote", outcomeOf);
        if (outcome === "wrote") writes += 1;
        cells += 1;
        const actual = outcome === "wrote" ? "allowed" : outcome;
        if (actual !== (expected ? "allowed" : "denied")) mismatches.push(`${name} by ${actor.role} on ${record.id}: ${outcome}, expected ${expected ? "allowed" : "denied"}`);
      }
    }
  }
  return { mismatches, cells, writes };
}
