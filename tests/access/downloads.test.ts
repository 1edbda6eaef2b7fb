/**
 * The access matrix of downloads: every role × every file of the 2×2×2 world, through the very
 * function the download route answers with. A file is downloadable exactly when the record it
 * belongs to grants the right its page needs (oracle.ts decides visibility independently of
 * lib/access); everything else — above all any file of another school, municipality or region —
 * is the same 404 as a file that does not exist, by id or by storage key.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { roleMay, type Principal } from "@/lib/access";
import { createSession, loadPrincipal } from "@/lib/auth/sessions";
import { downloadFileResponse } from "@/lib/files/download";
import { buildWorld, type Actor } from "./world";
import { addFiles, type WorldFile } from "./files-world";
import { visibleTo } from "./oracle";

let files: WorldFile[];
const principals: Array<{ actor: Actor; principal: Principal }> = [];

beforeAll(async () => {
  const world = await buildWorld();
  files = await addFiles(world.records);
  for (const actor of Object.values(world.actors)) {
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    const sessionId = await db.$transaction((tx) => createSession(tx, user, { ip: "127.0.0.1", userAgent: "matrix" }));
    principals.push({ actor, principal: (await loadPrincipal(sessionId))! });
  }
}, 180_000);

/**
 * Does the file belong to another tenant than the actor's: another region, municipality or school
 * at the actor's level or below it? (A platform-wide template belongs to nobody's tenant.)
 */
function foreignTo(actor: Actor, file: WorldFile): boolean {
  if (actor.role === "ADMIN" || file.regionId === null) return false;
  if (file.regionId !== actor.regionId) return true;
  if (actor.role === "REGIONAL_COORDINATOR") return false;
  if (file.municipalityId !== null && file.municipalityId !== actor.municipalityId) return true;
  if (actor.role === "MUNICIPAL_CURATOR") return false;
  return file.schoolId !== null && file.schoolId !== actor.schoolId;
}

describe("the download matrix", () => {
  it("hands a file exactly to those whose record it is, and byte for byte", async () => {
    const kinds = new Set(files.map((f) => f.via.entity));
    expect([...kinds].sort()).toEqual(["document", "documentRequirement", "event", "participant", "planItem", "training"]);
    const mismatches: string[] = [];
    let cells = 0;
    let foreign = 0;
    for (const { actor, principal } of principals) {
      for (const file of files) {
        cells += 1;
        const { entity, action, record } = file.via;
        const expected = roleMay(actor.role, action, entity) && visibleTo(actor, principal.participantIds, record);
        const response = await downloadFileResponse(principal, file.id);
        const body = Buffer.from(await response.arrayBuffer());
        const allowed = response.status === 200 && Buffer.compare(body, file.bytes) === 0;
        if (expected !== allowed || (!allowed && response.status !== 404)) {
          mismatches.push(`${actor.role} ${file.via.entity} file ${file.id}: expected ${expected ? "200 with the bytes" : "404"}, got ${response.status}`);
        }
        // Cross-tenant: nothing of another school (municipality, region) is ever handed out.
        if (foreignTo(actor, file)) {
          foreign += 1;
          if (response.status !== 404) mismatches.push(`${actor.role} downloaded a file of another tenant: ${file.id}`);
        }
      }
    }
    console.log(`Download matrix: ${cells} cells (${principals.length} roles × ${files.length} files), ${foreign} of them across tenants.`);
    expect(mismatches).toEqual([]);
    expect(foreign).toBeGreaterThan(200);
  }, 300_000);

  it("knows no file by its storage key, for anyone", async () => {
    for (const { principal } of principals) {
      for (const file of files.slice(0, 10)) {
        expect((await downloadFileResponse(principal, file.storageKey)).status).toBe(404);
      }
    }
  });

  it("records who downloaded a pupil's file", async () => {
    const curator = principals.find((p) => p.actor.role === "SCHOOL_CURATOR")!;
    const consent = files.find((f) => f.via.entity === "participant" && f.schoolId === curator.actor.schoolId)!;
    expect((await downloadFileResponse(curator.principal, consent.id)).status).toBe(200);
    const audit = await db.auditEvent.findFirst({
      where: { action: "participant.read_minor", entityId: consent.minorId, actorUserId: curator.principal.userId, after: { path: ["context"], equals: `file:${consent.id}` } },
    });
    expect(audit).not.toBeNull();
  });
});
