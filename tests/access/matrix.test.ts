/**
 * The access matrix: for every role, every entity and every action, on every record of a world of
 * two regions × two municipalities × two schools, the outcome of lib/access (and of the domain
 * queries the pages use) is what the permission table and the oracle say. Generated from data,
 * not hand-picked; it prints how many cells it checked.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ACTIONS, ENTITIES, roleMay, type Entity, type Principal } from "@/lib/access";
import { CREATE_PARENT, findAccessible, listAccessibleIds, mayCreateUnder } from "@/lib/access/records";
import { findMunicipality, findRegion, findSchool } from "@/lib/hierarchy/queries";
import { getMeeting } from "@/lib/meetings/queries";
import { getPair } from "@/lib/pairs/queries";
import { getPlan, getPlanItem } from "@/lib/plans/queries";
import { getVisit } from "@/lib/visits/queries";
import { principalsOf } from "./principals";
import { buildWorld, type Actor, type Annotated } from "./world";
import { insideTenant, visibleTo } from "./oracle";

let world: Awaited<ReturnType<typeof buildWorld>>;
const principals: Array<{ actor: Actor; principal: Principal }> = [];

beforeAll(async () => {
  world = await buildWorld();
  principals.push(...(await principalsOf(world.actors)));
}, 120_000);

/** The domain queries pages use to open a record, where they exist. */
const DOMAIN_READ: Partial<Record<Entity, (principal: Principal, id: string) => Promise<unknown>>> = {
  region: findRegion,
  municipality: findMunicipality,
  school: findSchool,
  pair: getPair,
  plan: getPlan,
  planItem: getPlanItem,
  visit: getVisit,
  meeting: getMeeting,
};

describe("the access matrix", () => {
  it("gives every role exactly what the policy says, inside and outside its scope", async () => {
    const mismatches: string[] = [];
    let cells = 0;
    const byEntity = new Map<Entity, Annotated[]>();
    for (const record of world.records) byEntity.set(record.entity, [...(byEntity.get(record.entity) ?? []), record]);
    expect([...byEntity.keys()].sort()).toEqual([...ENTITIES].sort());

    for (const { actor, principal } of principals) {
      const pids = principal.participantIds;
      const check = (label: string, expected: boolean, actual: boolean) => {
        cells += 1;
        if (expected !== actual) mismatches.push(`${actor.role} ${label}: expected ${expected ? "allowed" : "denied"}`);
      };
      for (const entity of ENTITIES) {
        const records = byEntity.get(entity)!;
        const listed = new Set(await listAccessibleIds(principal, entity));
        for (const record of records) {
          const visible = visibleTo(actor, pids, record);
          for (const action of ACTIONS) {
            if (action === "create") continue;
            const expected = roleMay(actor.role, action, entity) && visible;
            if (action === "list") {
              check(`list ${entity} ${record.id}`, expected, listed.has(record.id));
              continue;
            }
            check(`${action} ${entity} ${record.id}`, expected, (await findAccessible(principal, action, entity, record.id)) !== null);
          }
          const domainRead = DOMAIN_READ[entity];
          if (domainRead) {
            check(`page read ${entity} ${record.id}`, roleMay(actor.role, "read", entity) && visible, (await domainRead(principal, record.id)) !== null);
          }
        }
        const parentEntity = CREATE_PARENT[entity];
        if (!parentEntity) {
          check(`create ${entity} (platform-wide)`, roleMay(actor.role, "create", entity), await mayCreateUnder(principal, entity, null));
          continue;
        }
        for (const parent of byEntity.get(parentEntity)!) {
          const expected = roleMay(actor.role, "create", entity) && visibleTo(actor, pids, parent) && insideTenant(actor, parent);
          check(`create ${entity} under ${parentEntity} ${parent.id}`, expected, await mayCreateUnder(principal, entity, parent.id));
        }
      }
    }
    console.log(`Access matrix: ${cells} cells checked (${principals.length} roles × ${ENTITIES.length} entities × ${ACTIONS.length} actions × every record).`);
    expect(mismatches).toEqual([]);
    expect(cells).toBeGreaterThan(5000);
  }, 300_000);
});
