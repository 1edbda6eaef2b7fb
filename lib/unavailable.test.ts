/**
 * "The database is unreachable" recognised in the errors Prisma 7 over @prisma/adapter-pg and `pg`
 * really throw: a server that is not listening, a backend ended under a running query (what
 * `pg_ctl stop -m fast` does to every session) — and not in the errors of a healthy database.
 */
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createPrismaClient } from "@/lib/db";
import { findFreePort } from "@/lib/embedded-postgres";
import { ConflictError, NotFoundError } from "@/lib/errors";
import {
  DATABASE_UNAVAILABLE_DIGEST,
  isDatabaseUnavailable,
  markDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
  unavailableResponse,
  unavailableResponseOrThrow,
} from "./unavailable";

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

async function closedPortUrl(): Promise<string> {
  const url = new URL(process.env.DATABASE_URL!);
  url.port = String(await findFreePort()); // nothing listens there
  return url.toString();
}

const clients: Array<{ $disconnect(): Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
});

describe("isDatabaseUnavailable", () => {
  it("recognises a server that is not listening, for a query and for a transaction", async () => {
    const client = createPrismaClient(await closedPortUrl(), 1);
    clients.push(client);
    const query = await caught(() => client.$queryRaw`SELECT 1`);
    const model = await caught(() => client.region.count());
    const transaction = await caught(() => client.$transaction(async (tx) => tx.region.count()));
    for (const error of [query, model, transaction]) expect(isDatabaseUnavailable(error), String(error)).toBe(true);
  });

  it("recognises a bare pg client refused by the port", async () => {
    const client = new pg.Client({ connectionString: await closedPortUrl() });
    const error = await caught(() => client.connect());
    expect((error as { code?: string }).code).toBe("ECONNREFUSED");
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises a session the server ends under a running query (57P01, as pg_ctl stop -m fast does)", async (context) => {
    const victim = createPrismaClient(process.env.DATABASE_URL!, 1);
    clients.push(victim);
    // The embedded PGlite is one backend for every connection: there is no session of its own to end.
    const [{ version }] = await victim.$queryRaw<Array<{ version: string }>>`SELECT version() AS version`;
    if (version.includes("PGlite")) context.skip();
    const [{ pid }] = await victim.$queryRaw<Array<{ pid: number }>>`SELECT pg_backend_pid() AS pid`;
    const sleeping = caught(() => victim.$queryRaw`SELECT pg_sleep(20)`);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      // Wait until the sleep runs, then end that backend.
      await expect
        .poll(async () => (await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1 AND query LIKE '%pg_sleep%'`, [pid])).rows[0].n)
        .toBe(1);
      await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    } finally {
      await admin.end();
    }
    const error = await sleeping;
    expect(String((error as Error).message) + JSON.stringify((error as { meta?: unknown }).meta ?? {})).toMatch(/57P01|terminat/);
    expect(isDatabaseUnavailable(error)).toBe(true);
    // The pool drops the dead connection: the same client works again.
    expect(await victim.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });

  it("leaves the errors of a healthy database and of the platform alone", async () => {
    const client = createPrismaClient(process.env.DATABASE_URL!, 1);
    clients.push(client);
    const code = `r-unavailable-${process.pid}`;
    await client.region.create({ data: { code, name: "Регион проверки" } });
    const duplicate = await caught(() => client.region.create({ data: { code, name: "Регион проверки" } }));
    const syntax = await caught(() => client.$queryRawUnsafe("SELEC 1"));
    const missing = await caught(() => client.region.findUniqueOrThrow({ where: { code: "no-such-region" } }));
    for (const error of [duplicate, syntax, missing, new ConflictError(), new NotFoundError(), new Error("boom"), null, undefined, "ECONNREFUSED", 42]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(false);
    }
  });
});

describe("markDatabaseUnavailable", () => {
  it("gives an unreachable-database error the digest the error pages know, and nothing else", async () => {
    const client = new pg.Client({ connectionString: await closedPortUrl() });
    const refused = (await caught(() => client.connect())) as { digest?: string };
    expect(markDatabaseUnavailable(refused)).toBe(refused);
    expect(refused.digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    const other = new Error("boom") as Error & { digest?: string };
    expect(markDatabaseUnavailable(other).digest).toBeUndefined();
  });
});

describe("unavailableResponseOrThrow", () => {
  it("answers 503 for an unreachable database and lets other errors go on", async () => {
    const client = createPrismaClient(await closedPortUrl(), 1);
    clients.push(client);
    const unreachable = await caught(() => client.region.count());
    expect(unavailableResponseOrThrow(unreachable).status).toBe(503);
    const conflict = new ConflictError();
    expect(() => unavailableResponseOrThrow(conflict)).toThrow(conflict);
  });
});

describe("unavailableResponse", () => {
  it("is a 503 in Russian that asks to retry and is never cached", async () => {
    const response = unavailableResponse();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toMatch(/^Сервис временно недоступен/);
  });
});
