/**
 * The one Prisma client. It talks to PostgreSQL through @prisma/adapter-pg, whether the server is
 * a real PostgreSQL (DATABASE_URL) or the embedded PGlite that the start script serves on
 * 127.0.0.1 and passes in DATABASE_URL: one code path.
 *
 * Row-level security (the second wall behind lib/access; migration `…_row_level_security`): every
 * statement of the application runs inside a transaction that first switches to the role
 * `nastavnik_app` and sets, transaction-locally, who asks (`app.role`, `app.user_id`, and the
 * chain `app.region_id`/`app.municipality_id`/`app.school_id` of the active role). Who asks is the
 * *database scope* of the current request:
 * - in server actions and route handlers: the scope `withDbScope` puts in the async context
 *   (lib/action.ts for actions, `routeForPrincipal` in lib/auth/route.ts for route handlers);
 * - while rendering a page: the scope `getPrincipal` recorded for this request (React's per-request
 *   cache);
 * - operator tools, tests and benchmarks (not the Next server): the system scope by default;
 * - in the Next server with no scope at all: the query fails, it never runs unscoped.
 */
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { PrismaClient } from "./generated/prisma/client";
import { isDatabaseUnavailable, markDatabaseUnavailable } from "./unavailable";

export type { Prisma } from "./generated/prisma/client";

/** Who asks, as the database's policies see it. */
export type DbScope =
  | { kind: "system" }
  | { kind: "admin"; userId: string }
  | {
      kind: "scoped";
      userId: string;
      regionId: string | null;
      municipalityId: string | null;
      schoolId: string | null;
    }
  /** A visitor of a school's public page: that school's chain, read-only by the policies. */
  | { kind: "public"; regionId: string; municipalityId: string; schoolId: string };

export const SYSTEM_SCOPE: DbScope = { kind: "system" };

/** The role every application statement runs as (it owns nothing and bypasses nothing). */
export const APP_ROLE = "nastavnik_app";

// Process-wide singletons: the Next server may load this module in more than one bundle.
const globalScope = globalThis as unknown as {
  nastavnikDbScope?: AsyncLocalStorage<DbScope>;
  nastavnikDbScopeResolver?: () => Promise<DbScope | null>;
};
const scopeStorage = (globalScope.nastavnikDbScope ??= new AsyncLocalStorage<DbScope>());
// React's per-request cache while a page renders; outside a render every call gives a new box.
const requestBox = cache((): { scope?: DbScope } => ({}));

/**
 * Runs `fn` with the given database scope (server actions, route handlers, sign-in, public pages).
 * Awaited inside the scope: Prisma's promises are lazy and would otherwise run after it.
 */
export function withDbScope<T>(scope: DbScope, fn: () => PromiseLike<T>): Promise<T> {
  return scopeStorage.run(scope, async () => await fn());
}

/** Runs `fn` as the platform itself: sign-in and session lookup, operator tools. */
export function asSystem<T>(fn: () => PromiseLike<T>): Promise<T> {
  return withDbScope(SYSTEM_SCOPE, fn);
}

/**
 * Records the scope of the signed-in user for the rest of the page being rendered (React's
 * per-request cache). Route handlers and actions have no such cache: they name their scope with
 * `withDbScope` (an async context set inside an awaited function would not reach its caller).
 */
export function setRequestDbScope(scope: DbScope): void {
  requestBox().scope = scope;
}

/**
 * How a request that has not named its scope yet finds it: lib/auth/current registers "the
 * signed-in principal of this request" (a page that queries before it asked, a route handler).
 */
export function setRequestScopeResolver(resolver: () => Promise<DbScope | null>): void {
  globalScope.nastavnikDbScopeResolver = resolver;
}

export class MissingDbScopeError extends Error {
  constructor() {
    super("A database query ran without a scope: wrap it in withDbScope/asSystem, or call getPrincipal first.");
    this.name = "MissingDbScopeError";
  }
}

async function currentScope(): Promise<DbScope> {
  const scope = scopeStorage.getStore() ?? requestBox().scope;
  if (scope) return scope;
  // Outside the Next server (CLI tools, tests, benchmarks) the operator runs as the platform.
  if (!process.env.NEXT_RUNTIME) return SYSTEM_SCOPE;
  // Reading the principal fails outside a request (no headers): then the query has no scope. An
  // unreachable database, though, is said as such, not as a missing scope.
  const resolved = await globalScope.nastavnikDbScopeResolver?.().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) throw markDatabaseUnavailable(error);
    return null;
  });
  if (resolved) return resolved;
  throw new MissingDbScopeError();
}

function settingsOf(scope: DbScope): [string, string, string, string, string] {
  switch (scope.kind) {
    case "system":
      return ["system", "", "", "", ""];
    case "admin":
      return ["admin", scope.userId, "", "", ""];
    case "scoped":
      return ["scoped", scope.userId, scope.regionId ?? "", scope.municipalityId ?? "", scope.schoolId ?? ""];
    case "public":
      return ["public", "", scope.regionId, scope.municipalityId, scope.schoolId];
  }
}

export type ClientMode = {
  /** "app": switch to nastavnik_app (row-level security applies); "owner": stay the connecting role. */
  role: "app" | "owner";
};

const text = { scalarType: "string", arity: "scalar" } as const;

/**
 * A driver adapter that opens every transaction with the scope's settings and runs every statement
 * that comes outside a transaction inside one of its own.
 */
class ScopedAdapter implements SqlDriverAdapter {
  readonly provider;
  readonly adapterName;

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly mode: ClientMode,
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  private async applyScope(tx: Transaction, scope: DbScope): Promise<void> {
    const [role, userId, regionId, municipalityId, schoolId] = settingsOf(scope);
    const switchRole = this.mode.role === "app" ? `set_config('role', '${APP_ROLE}', true), ` : "";
    await tx.queryRaw({
      sql:
        `SELECT ${switchRole}set_config('app.role', $1, true), set_config('app.user_id', $2, true), ` +
        `set_config('app.region_id', $3, true), set_config('app.municipality_id', $4, true), ` +
        `set_config('app.school_id', $5, true)`,
      args: [role, userId, regionId, municipalityId, schoolId],
      argTypes: [text, text, text, text, text],
    });
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    // Who asks is settled before a connection is taken (finding it may itself need one).
    const scope = this.mode.role === "owner" ? SYSTEM_SCOPE : await currentScope();
    const tx = await this.inner.startTransaction(isolationLevel);
    try {
      await this.applyScope(tx, scope);
    } catch (error) {
      await tx.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
      await tx.rollback();
      throw error;
    }
    return tx;
  }

  private async alone<T>(run: (tx: Transaction) => Promise<T>): Promise<T> {
    const tx = await this.startTransaction();
    let result: T;
    try {
      result = await run(tx);
    } catch (error) {
      await tx.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
      await tx.rollback();
      throw error;
    }
    await tx.executeRaw({ sql: "COMMIT", args: [], argTypes: [] });
    await tx.commit();
    return result;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.alone((tx) => tx.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.alone((tx) => tx.executeRaw(query));
  }

  executeScript(): Promise<void> {
    throw new Error("Scripts run through the migrations, never through the application's client.");
  }

  getConnectionInfo() {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }
}

class ScopedAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider;
  readonly adapterName;

  constructor(
    private readonly inner: SqlDriverAdapterFactory,
    private readonly mode: ClientMode,
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return new ScopedAdapter(await this.inner.connect(), this.mode);
  }
}

/**
 * A client of its own. Operator tools (seed, files:check, backup) use the "owner" mode; the
 * application's `db` the "app" mode. Set DB_RLS=off to run the application as the connecting role
 * (only to measure what row-level security costs).
 */
export function createPrismaClient(
  connectionString: string,
  poolSize = 10,
  mode: ClientMode = { role: "owner" },
): PrismaClient {
  const pg = new PrismaPg({ connectionString, max: poolSize, connectionTimeoutMillis: 10_000 });
  const client = new PrismaClient({ adapter: new ScopedAdapterFactory(pg, mode) });
  // "The database cannot be reached" leaves here with the digest app/error.tsx recognises.
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw markDatabaseUnavailable(error);
        }
      },
    },
  }) as unknown as PrismaClient;
}

// One client per process, also across Next's hot reloads in development. Created on first use,
// so that importing this module (as `next build` does) needs no database.
const globalForPrisma = globalThis as unknown as { nastavnikPrisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.nastavnikPrisma) {
    const url = process.env.APP_DATABASE_URL || process.env.DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start the platform with `npm start` (it serves the embedded database) or set DATABASE_URL.",
      );
    }
    const role = process.env.DB_RLS === "off" ? "owner" : "app";
    globalForPrisma.nastavnikPrisma = createPrismaClient(url, Number(process.env.DB_POOL_SIZE || 10), { role });
  }
  return globalForPrisma.nastavnikPrisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
