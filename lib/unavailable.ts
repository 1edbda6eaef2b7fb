/**
 * "The database is unreachable" as one recognisable condition: while PostgreSQL restarts (or the
 * network to it is down) every request fails the same way, and the user should read that the
 * service is temporarily unavailable — not "something went wrong", and never a driver's message.
 *
 * Pure on purpose (no Prisma, no server-only): the error pages, which are client components, read
 * the digest and the message from here too. The checks look at the shapes Prisma 7 with
 * @prisma/adapter-pg and `pg` actually throw (tried against a PostgreSQL stopped with
 * `pg_ctl stop -m fast` and `-m immediate`, and a backend ended by pg_terminate_backend):
 *   - P1001 "Can't reach database server" (a transaction that cannot start);
 *   - P2010 from a raw query, or any request error, with meta.driverAdapterError.cause
 *     { kind: "DatabaseNotReachable" | "ConnectionClosed" | "SocketTimeout" | "TooManyConnections" }
 *     or { kind: "postgres", code: "57P01" (admin_shutdown), "57P02", "57P03", "08xxx", "53300" };
 *   - a bare Error "Connection terminated unexpectedly" from `pg` when the server died mid-query.
 */

/** The digest the error pages recognise (Next passes a thrown error's own digest to the client). */
export const DATABASE_UNAVAILABLE_DIGEST = "NASTAVNIK_DATABASE_UNAVAILABLE";

export const UNAVAILABLE_TITLE = "Сервис временно недоступен";
export const UNAVAILABLE_MESSAGE =
  "Сервис временно недоступен: нет связи с базой данных. Ваши сохранённые данные не пострадали. Попробуйте ещё раз через минуту.";

/** Seconds a client is asked to wait before retrying (Retry-After of a 503). */
export const RETRY_AFTER_SECONDS = 5;

const PRISMA_CODES = new Set([
  "P1001", // can't reach database server
  "P1002", // database server reached but timed out
  "P1008", // operations timed out
  "P1017", // server has closed the connection
  "P2024", // timed out fetching a new connection from the pool
]);

const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/** SQLSTATEs of a server going away or not yet accepting work. */
function isUnavailableSqlState(code: string): boolean {
  return (
    code === "57P01" || // admin_shutdown: pg_ctl stop -m fast, pg_terminate_backend
    code === "57P02" || // crash_shutdown
    code === "57P03" || // cannot_connect_now: starting up or shutting down
    code === "53300" || // too_many_connections
    code.startsWith("08") // connection_exception and its subclasses
  );
}

const MESSAGES = [
  /connection terminated/i, // pg: "Connection terminated unexpectedly", "… due to connection timeout"
  /timeout exceeded when trying to connect/i, // pg.Pool connectionTimeoutMillis
  /can't reach database server/i,
  /server closed the connection unexpectedly/i,
  /client has encountered a connection error and is not queryable/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

type Inspectable = {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
  errors?: unknown;
  err?: unknown;
};

function inspect(value: unknown, depth: number): boolean {
  if (!value || typeof value !== "object" || depth > 5) return false;
  const error = value as Inspectable;
  const code = typeof error.code === "string" ? error.code : "";
  if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code)) return true;
  if (/^[0-9A-Z]{5}$/.test(code) && isUnavailableSqlState(code)) return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  if (typeof error.message === "string" && MESSAGES.some((pattern) => pattern.test(error.message as string))) return true;
  if (inspect(error.meta?.driverAdapterError?.cause, depth + 1)) return true;
  if (inspect(error.cause, depth + 1)) return true;
  // Auth.js wraps what a provider threw as { cause: { err } }
  if (inspect(error.err, depth + 1)) return true;
  // AggregateError (a connection attempt to several addresses, e.g. localhost as ::1 and 127.0.0.1)
  if (Array.isArray(error.errors)) return error.errors.some((inner) => inspect(inner, depth + 1));
  return false;
}

/** True when the error means "the database cannot be reached right now", whatever layer threw it. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return inspect(error, 0);
}

/**
 * Marks an unreachable-database error with the digest the error pages recognise and returns it;
 * other errors come back untouched. For the one place every query passes through (lib/db.ts).
 */
export function markDatabaseUnavailable<E>(error: E): E {
  if (isDatabaseUnavailable(error) && error && typeof error === "object") {
    try {
      (error as { digest?: string }).digest = DATABASE_UNAVAILABLE_DIGEST;
    } catch {
      // a frozen error stays as it is: the page then shows the general error text
    }
  }
  return error;
}

/**
 * For a route handler's catch: the 503 below when the database could not be reached, otherwise
 * the error goes on.
 */
export function unavailableResponseOrThrow(error: unknown): Response {
  if (!isDatabaseUnavailable(error)) throw error;
  console.error("[unavailable]", error instanceof Error ? error.message.trim().split("\n").pop() : error);
  return unavailableResponse();
}

/** What a route handler (a download, an export) answers while the database is unreachable. */
export function unavailableResponse(): Response {
  return new Response(UNAVAILABLE_MESSAGE, {
    status: 503,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
