/**
 * The one Prisma client. It talks to PostgreSQL through @prisma/adapter-pg, whether the server is
 * a real PostgreSQL (DATABASE_URL) or the embedded PGlite that the start script serves on
 * 127.0.0.1 and passes in DATABASE_URL: one code path.
 */
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type { Prisma } from "./generated/prisma/client";

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}

// One client per process, also across Next's hot reloads in development. Created on first use,
// so that importing this module (as `next build` does) needs no database.
const globalForPrisma = globalThis as unknown as { nastavnikPrisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.nastavnikPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start the platform with `npm start` (it serves the embedded database) or set DATABASE_URL.",
      );
    }
    globalForPrisma.nastavnikPrisma = createPrismaClient(url, Number(process.env.DB_POOL_SIZE || 10));
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
