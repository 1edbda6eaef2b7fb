import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

let embedded: EmbeddedPostgres;
let pool: pg.Pool;

beforeAll(async () => {
  embedded = await startEmbeddedPostgres({ dataDir: null, port: 0 });
  pool = new pg.Pool({ connectionString: embedded.url, max: 10 });
  await pool.query(`CREATE TABLE note (id serial PRIMARY KEY, author text NOT NULL, body text NOT NULL)`);
}, 60_000);

afterAll(async () => {
  await pool.end();
  await embedded.stop();
});

describe("the embedded PostgreSQL under concurrent use", () => {
  it("serves parallel transactions and parameterised queries from many connections without mixing them up", async () => {
    const writer = async (n: number) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("INSERT INTO note (author, body) VALUES ($1, $2)", [`автор ${n}`, `запись ${n}`]);
        const { rows } = await client.query("SELECT count(*)::int AS n FROM note WHERE author = $1", [`автор ${n}`]);
        await client.query(n % 5 === 0 ? "ROLLBACK" : "COMMIT");
        return rows[0].n as number;
      } finally {
        client.release();
      }
    };
    const reader = (n: number) => pool.query("SELECT $1::int + 1 AS next, count(*)::int AS total FROM note", [n]);
    const results = await Promise.all([
      ...Array.from({ length: 30 }, (_, n) => writer(n)),
      ...Array.from({ length: 60 }, (_, n) => reader(n).then((r) => r.rows[0].next - n)),
    ]);
    expect(results.every((value) => value === 1)).toBe(true);
    const { rows } = await pool.query("SELECT count(*)::int AS n FROM note");
    expect(rows[0].n).toBe(24); // 30 writers, every fifth rolled back
  });

  it("keeps serving after a failed statement", async () => {
    await expect(pool.query("SELECT * FROM no_such_table WHERE id = $1", [1])).rejects.toThrow(/no_such_table/);
    const { rows } = await pool.query("SELECT $1::text AS ok", ["да"]);
    expect(rows[0].ok).toBe("да");
  });
});
