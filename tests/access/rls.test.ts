/**
 * The second wall: row-level security in PostgreSQL, proven WITHOUT lib/access and without
 * lib/db's scoping. Raw SQL over a plain `pg` connection switches to the application's role and
 * sets another user's transaction-local settings, exactly as lib/db does, and must see and change
 * nothing outside that user's scope. Run on the file's PostgreSQL and on an embedded PGlite.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDbScope, db, APP_ROLE, MissingDbScopeError, setRequestScopeResolver } from "@/lib/db";
import { DATABASE_UNAVAILABLE_DIGEST, isDatabaseUnavailable } from "@/lib/unavailable";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/embedded-postgres";
import { applyMigrations } from "@/lib/schema-engine";
import { buildWorld, type Actor } from "./world";

type Scope = { role: "system" | "admin" | "scoped" | "public" | ""; userId?: string; regionId?: string; municipalityId?: string; schoolId?: string };

/** Tables with their own scope columns (region, municipality, school; null where the table has none). */
const OWN_SCOPE: Record<string, [string | null, string | null, string | null]> = {
  StoredFile: ["regionId", "municipalityId", "schoolId"],
  Participant: ["regionId", "municipalityId", "schoolId"],
  MentoringProgram: ["regionId", "municipalityId", "schoolId"],
  ProgramStage: ["regionId", "municipalityId", "schoolId"],
  MentoringPair: ["regionId", "municipalityId", "schoolId"],
  PairMentee: ["regionId", "municipalityId", "schoolId"],
  DevelopmentPlan: ["regionId", "municipalityId", "schoolId"],
  PlanItem: ["regionId", "municipalityId", "schoolId"],
  PlanItemComment: ["regionId", "municipalityId", "schoolId"],
  LessonVisit: ["regionId", "municipalityId", "schoolId"],
  Meeting: ["regionId", "municipalityId", "schoolId"],
  Event: ["regionId", "municipalityId", "schoolId"],
  Training: ["regionId", "municipalityId", "schoolId"],
  Award: ["regionId", "municipalityId", "schoolId"],
  DocumentRequirement: ["regionId", "municipalityId", null],
  Document: ["regionId", "municipalityId", "schoolId"],
  QuestionnaireTemplate: ["regionId", "municipalityId", "schoolId"],
  QuestionnaireResponse: ["regionId", "municipalityId", "schoolId"],
  QuestionnaireSubmission: ["regionId", "municipalityId", "schoolId"],
  PlanTemplate: ["regionId", null, null],
  RegionForm: ["regionId", null, null],
  RoleAssignment: ["regionId", "municipalityId", "schoolId"],
  AuditEvent: ["regionId", "municipalityId", "schoolId"],
};

/** The rule, written independently of the SQL: own node, below it, and the nodes above it. */
function admits(scope: Scope, row: { r: string | null; m: string | null; s: string | null }): boolean {
  if (scope.role === "system" || scope.role === "admin") return true;
  if (scope.role !== "scoped" && scope.role !== "public") return false;
  return (
    (row.r === null || row.r === scope.regionId) &&
    (row.m === null || !scope.municipalityId || row.m === scope.municipalityId) &&
    (row.s === null || !scope.schoolId || row.s === scope.schoolId)
  );
}

function scopeOf(actor: Actor): Scope {
  if (actor.role === "ADMIN") return { role: "admin", userId: actor.userId };
  return {
    role: "scoped",
    userId: actor.userId,
    regionId: actor.regionId,
    municipalityId: actor.municipalityId || undefined,
    schoolId: actor.schoolId || undefined,
  };
}

/** One transaction as the application's role with these settings — no lib/db, no lib/access. */
async function asRole<T>(pool: pg.Pool, scope: Scope, run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `SELECT set_config('role', $1, true), set_config('app.role', $2, true), set_config('app.user_id', $3, true),
              set_config('app.region_id', $4, true), set_config('app.municipality_id', $5, true), set_config('app.school_id', $6, true)`,
      [APP_ROLE, scope.role, scope.userId ?? "", scope.regionId ?? "", scope.municipalityId ?? "", scope.schoolId ?? ""],
    );
    return await run(client);
  } finally {
    await client.query("ROLLBACK").catch(() => undefined);
    client.release();
  }
}

async function scopeRows(client: pg.PoolClient, table: string) {
  const [r, m, s] = OWN_SCOPE[table];
  const col = (c: string | null) => (c ? `"${c}"` : "NULL::text");
  const { rows } = await client.query<{ id: string; r: string | null; m: string | null; s: string | null }>(
    `SELECT ctid::text AS id, ${col(r)} AS r, ${col(m)} AS m, ${col(s)} AS s FROM "${table}"`,
  );
  return rows;
}

describe("row-level security on PostgreSQL", () => {
  let pool: pg.Pool;
  let actors: Record<string, Actor>;

  beforeAll(async () => {
    ({ actors } = await buildWorld());
    // Audit events at every level, platform events included.
    const school = actors.SCHOOL_CURATOR;
    await db.auditEvent.createMany({
      data: [
        { action: "test.platform", entity: "Test", entityId: "p" },
        { action: "test.region", entity: "Test", entityId: "r", regionId: school.regionId },
        { action: "test.school", entity: "Test", entityId: "s", regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.schoolId },
      ],
    });
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  }, 120_000);

  afterAll(async () => {
    await pool.end();
  });

  it("every table has row-level security enabled and forced, with policies, and the app role cannot bypass it", async () => {
    const { rows: tables } = await pool.query<{ name: string; enabled: boolean; forced: boolean; policies: number }>(`
      SELECT c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
      ORDER BY 1`);
    expect(tables.length).toBeGreaterThan(40);
    const unprotected = tables.filter((t) => !t.enabled || !t.forced || t.policies === 0).map((t) => t.name);
    expect(unprotected, "tables without forced row-level security or without a policy").toEqual([]);

    const { rows: roles } = await pool.query(`SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1`, [APP_ROLE]);
    expect(roles).toEqual([{ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false }]);
    const { rows: owned } = await pool.query(
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`,
      [APP_ROLE],
    );
    expect(owned, "the app role owns nothing").toEqual([]);

    // The audit trail: the application may append and read, never change or remove.
    const { rows: grants } = await pool.query<{ privilege_type: string }>(
      `SELECT privilege_type FROM information_schema.role_table_grants WHERE grantee = $1 AND table_name = 'AuditEvent' ORDER BY 1`,
      [APP_ROLE],
    );
    expect(grants.map((g) => g.privilege_type)).toEqual(["INSERT", "SELECT"]);
    // Nor may it touch the migrations' bookkeeping.
    await expect(asRole(pool, { role: "system" }, (c) => c.query(`SELECT 1 FROM "_prisma_migrations"`))).rejects.toThrow(/permission denied/);
  });

  it("shows every role exactly the rows of its scope chain, in every tenant table", async () => {
    for (const actor of Object.values(actors)) {
      const scope = scopeOf(actor);
      let hidden = 0;
      for (const table of Object.keys(OWN_SCOPE)) {
        const everything = await asRole(pool, { role: "system" }, (c) => scopeRows(c, table));
        const seen = await asRole(pool, scope, (c) => scopeRows(c, table));
        let expected = everything.filter((row) => admits(scope, row));
        if (table === "AuditEvent" || table === "RoleAssignment") {
          // Platform-level events and assignments (an admin's) only for the unrestricted, or one's own.
          expected = expected.filter((row) => row.r !== null || scope.role === "admin" || scope.role === "system");
        }
        const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id).sort();
        if (table === "RoleAssignment") {
          // …and always one's own assignments.
          const own = await asRole(pool, { role: "system" }, (c) =>
            c.query<{ id: string }>(`SELECT ctid::text AS id FROM "RoleAssignment" WHERE "userId" = $1`, [actor.userId]),
          );
          expected = [...new Map([...expected, ...own.rows.map((r) => ({ id: r.id, r: null, m: null, s: null }))].map((r) => [r.id, r])).values()];
        }
        expect(ids(seen), `${actor.role} in ${table}`).toEqual(ids(expected));
        hidden += everything.length - seen.length;
      }
      if (scope.role === "scoped") expect(hidden, `${actor.role} has rows of others hidden from it`).toBeGreaterThan(50);
    }
  }, 120_000);

  it("hides rows of a child table with their parent, and sibling schools' attendance", async () => {
    const school = scopeOf(actors.SCHOOL_CURATOR);
    // The world builds no program forms, agenda items or meeting items: one of each under every
    // program, event and meeting of every school and level, so that each child table has rows on
    // both sides of the wall.
    const form = await db.mentoringForm.findFirstOrThrow({ select: { id: true } });
    await db.programForm.createMany({ data: (await db.mentoringProgram.findMany({ select: { id: true } })).map((p) => ({ programId: p.id, formId: form.id })), skipDuplicates: true });
    await db.eventAgendaItem.createMany({ data: (await db.event.findMany({ select: { id: true } })).map((e) => ({ eventId: e.id, position: 900, title: "Пункт программы (тест)" })), skipDuplicates: true });
    for (const meeting of await db.meeting.findMany({ select: { id: true, schoolId: true } })) {
      const item = await db.planItem.findFirstOrThrow({ where: { schoolId: meeting.schoolId }, select: { id: true } });
      await db.meetingPlanItem.createMany({ data: [{ meetingId: meeting.id, planItemId: item.id, schoolId: meeting.schoolId }], skipDuplicates: true });
    }
    const exercised: string[] = [];
    const hiddenIn: Record<string, number> = {};
    for (const [table, parent, fk] of [
      ["DocumentVersion", "Document", "documentId"],
      ["MeetingPlanItem", "Meeting", "meetingId"],
      ["QuestionnaireVersion", "QuestionnaireTemplate", "templateId"],
      ["ProgramForm", "MentoringProgram", "programId"],
      ["EventAgendaItem", "Event", "eventId"],
    ] as const) {
      const visibleParents = new Set(await asRole(pool, school, async (c) => (await c.query(`SELECT "id" FROM "${parent}"`)).rows.map((r) => r.id)));
      const children = await asRole(pool, school, async (c) => (await c.query(`SELECT "${fk}" AS parent FROM "${table}"`)).rows);
      const all: Array<{ parent: string }> = await asRole(pool, { role: "system" }, async (c) => (await c.query(`SELECT "${fk}" AS parent FROM "${table}"`)).rows);
      if (all.length === 0) continue; // none in the world: nothing to prove for this table
      exercised.push(table);
      hiddenIn[table] = all.length - children.length;
      // Exactly the children of the parents the school sees: none of another's, all of its own.
      expect(children.every((row) => visibleParents.has(row.parent)), table).toBe(true);
      expect(children.length, table).toBe(all.filter((row) => visibleParents.has(row.parent)).length);
    }
    // Guests of the region's conference from this school and from a school of another municipality.
    const event = await db.event.findFirstOrThrow({ where: { level: "REGION", regionId: school.regionId } });
    const sibling = await db.school.findFirstOrThrow({ where: { regionId: school.regionId, municipalityId: { not: school.municipalityId } } });
    await db.eventAttendance.createMany({
      data: [
        { eventId: event.id, fullName: "Гость своей школы", schoolId: school.schoolId, municipalityId: school.municipalityId },
        { eventId: event.id, fullName: "Гость чужой школы", schoolId: sibling.id, municipalityId: sibling.municipalityId },
      ],
    });
    const attendance = await asRole(pool, school, async (c) => (await c.query(`SELECT "schoolId" FROM "EventAttendance"`)).rows);
    expect(exercised, "every child table has rows").toEqual(["DocumentVersion", "MeetingPlanItem", "QuestionnaireVersion", "ProgramForm", "EventAgendaItem"]);
    // Every table but the questionnaires' versions (the world's questionnaires are the region's and the platform's, seen by all) has rows of other schools to hide.
    for (const table of exercised.filter((t) => t !== "QuestionnaireVersion")) expect(hiddenIn[table], `${table}: rows under other schools' parents are hidden`).toBeGreaterThan(0);
    expect(attendance.length, "the school sees its own attendance").toBeGreaterThan(0);
    expect(attendance.every((row) => row.schoolId === null || row.schoolId === school.schoolId)).toBe(true);
  });

  it("lets no one change or create rows of another school, and nobody without settings see anything", async () => {
    const a = scopeOf(actors.SCHOOL_CURATOR);
    const foreign = await asRole(pool, { role: "system" }, async (c) =>
      (await c.query(`SELECT "id", "regionId", "municipalityId", "schoolId" FROM "Participant" WHERE "schoolId" <> $1 LIMIT 1`, [a.schoolId])).rows[0],
    );
    await asRole(pool, a, async (c) => {
      expect((await c.query(`UPDATE "Participant" SET "lastName" = 'Взломов' WHERE "id" = $1`, [foreign.id])).rowCount).toBe(0);
      expect((await c.query(`DELETE FROM "Participant" WHERE "schoolId" <> $1`, [a.schoolId])).rowCount).toBe(0);
      expect((await c.query(`UPDATE "MentoringPair" SET "status" = 'TERMINATED' WHERE "schoolId" <> $1`, [a.schoolId])).rowCount).toBe(0);
    });
    await expect(
      asRole(pool, a, (c) =>
        c.query(
          `INSERT INTO "Participant" ("id", "regionId", "municipalityId", "schoolId", "kind", "lastName", "firstName", "updatedAt")
           VALUES ('rls-intruder', $1, $2, $3, 'TEACHER', 'Чужой', 'Имя', now())`,
          [foreign.regionId, foreign.municipalityId, foreign.schoolId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    // Moving one's own row into another school is refused as well.
    await expect(
      asRole(pool, a, (c) => c.query(`UPDATE "Participant" SET "schoolId" = $1, "municipalityId" = $2 WHERE "schoolId" = $3`, [foreign.schoolId, foreign.municipalityId, a.schoolId])),
    ).rejects.toThrow(/row-level security/);
    // A visitor of a public page reads, never writes.
    await expect(
      asRole(pool, { ...a, role: "public" }, (c) => c.query(`UPDATE "Participant" SET "lastName" = 'x' WHERE "schoolId" = $1 RETURNING "id"`, [a.schoolId]).then((r) => r.rowCount)),
    ).resolves.toBe(0);

    for (const table of ["Participant", "MentoringPair", "School", "User", "Session", "AuditEvent", "LoginAttempt"]) {
      const { rows } = await asRole(pool, { role: "" }, (c) => c.query(`SELECT count(*)::int AS n FROM "${table}"`));
      expect(rows[0].n, `${table} without settings`).toBe(0);
    }
  });

  it("goes through lib/db the same way: a foreign principal's raw query sees nothing of this school", async () => {
    const a = actors.SCHOOL_CURATOR;
    const other = await db.school.findFirstOrThrow({ where: { id: { not: a.schoolId }, municipalityId: { not: a.municipalityId } } });
    const count = (scope: Parameters<typeof withDbScope>[0]) =>
      withDbScope(scope, () => db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "Participant" WHERE "schoolId" = ${a.schoolId}`);
    expect((await count({ kind: "scoped", userId: a.userId, regionId: a.regionId, municipalityId: a.municipalityId, schoolId: a.schoolId }))[0].n).toBeGreaterThan(0);
    expect((await count({ kind: "scoped", userId: "someone", regionId: other.regionId, municipalityId: other.municipalityId, schoolId: other.id }))[0].n).toBe(0);
    // And through Prisma's own queries: the model API, not only raw SQL.
    const seen = await withDbScope({ kind: "scoped", userId: "someone", regionId: other.regionId, municipalityId: other.municipalityId, schoolId: other.id }, () =>
      db.participant.findMany({ select: { schoolId: true } }),
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.schoolId === other.id)).toBe(true);
  });

  it("refuses a query that has no scope inside the Next server rather than running it unscoped", async () => {
    const before = process.env.NEXT_RUNTIME;
    process.env.NEXT_RUNTIME = "nodejs";
    try {
      await expect(db.school.count()).rejects.toThrow(MissingDbScopeError);
    } finally {
      if (before === undefined) delete process.env.NEXT_RUNTIME;
      else process.env.NEXT_RUNTIME = before;
    }
  });

  it("finds the scope through the request's resolver, and says «unavailable» when finding it hit an unreachable database", async () => {
    const before = process.env.NEXT_RUNTIME;
    process.env.NEXT_RUNTIME = "nodejs";
    const school = actors.SCHOOL_CURATOR;
    try {
      const scope = { kind: "scoped", userId: school.userId, regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.schoolId } as const;
      setRequestScopeResolver(async () => scope);
      const participants = () => db.participant.findMany({ select: { schoolId: true }, distinct: ["schoolId"] });
      expect(await participants()).toEqual([{ schoolId: school.schoolId }]);
      expect((await withDbScope({ kind: "system" }, participants)).length).toBeGreaterThan(1);
      // Outside a request the resolver cannot read the session: the query has no scope.
      setRequestScopeResolver(async () => {
        throw new Error("headers() was called outside a request scope");
      });
      await expect(db.school.count()).rejects.toThrow(MissingDbScopeError);
      // The session could not be read because the database is down: the error says so.
      setRequestScopeResolver(async () => {
        throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
      });
      const error = await db.school.count().then(() => null, (e: unknown) => e);
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect((error as { digest?: string }).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    } finally {
      setRequestScopeResolver(async () => null);
      if (before === undefined) delete process.env.NEXT_RUNTIME;
      else process.env.NEXT_RUNTIME = before;
    }
  });
});

describe("row-level security on the embedded PGlite", () => {
  let embedded: EmbeddedPostgres;
  let pool: pg.Pool;

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres({ dataDir: null, port: 0 });
    await applyMigrations(embedded.url);
    pool = new pg.Pool({ connectionString: embedded.url, max: 3 });
  }, 180_000);

  afterAll(async () => {
    await pool?.end();
    await embedded?.stop();
  });

  it("keeps two schools apart with the same transaction-local settings", async () => {
    const ids = await asRole(pool, { role: "system" }, async (c) => {
      await c.query(`INSERT INTO "Region" ("id", "code", "name", "updatedAt") VALUES ('r1', 'R1', 'Регион', now())`);
      for (const m of ["m1", "m2"]) {
        await c.query(`INSERT INTO "Municipality" ("id", "regionId", "code", "name", "updatedAt") VALUES ($1, 'r1', $1, $1, now())`, [m]);
        await c.query(
          `INSERT INTO "School" ("id", "regionId", "municipalityId", "code", "slug", "name", "shortName", "updatedAt") VALUES ($1, 'r1', $2, $1, $1, $1, $1, now())`,
          [`s-${m}`, m],
        );
        await c.query(
          `INSERT INTO "Participant" ("id", "regionId", "municipalityId", "schoolId", "kind", "lastName", "firstName", "updatedAt") VALUES ($1, 'r1', $2, $3, 'TEACHER', 'Иванова', 'Анна', now())`,
          [`p-${m}`, m, `s-${m}`],
        );
      }
      await c.query("COMMIT");
      return ["p-m1", "p-m2"];
    });
    expect(ids).toHaveLength(2);
    const seen = await asRole(pool, { role: "scoped", userId: "u", regionId: "r1", municipalityId: "m1", schoolId: "s-m1" }, async (c) =>
      (await c.query(`SELECT "id" FROM "Participant"`)).rows.map((r) => r.id),
    );
    expect(seen).toEqual(["p-m1"]);
    const nothing = await asRole(pool, { role: "" }, async (c) => (await c.query(`SELECT count(*)::int AS n FROM "Participant"`)).rows[0].n);
    expect(nothing).toBe(0);
    await expect(
      asRole(pool, { role: "scoped", userId: "u", regionId: "r1", municipalityId: "m1", schoolId: "s-m1" }, (c) =>
        c.query(`UPDATE "Participant" SET "schoolId" = 's-m2', "municipalityId" = 'm2' WHERE "id" = 'p-m1'`),
      ),
    ).rejects.toThrow(/row-level security/);
    // The settings were transaction-local: the next transaction on the same connections starts blank.
    const { rows } = await pool.query(`SELECT current_setting('app.role', true) AS role, current_user AS who`);
    expect(rows.every((r) => !r.role)).toBe(true);
  });
});
