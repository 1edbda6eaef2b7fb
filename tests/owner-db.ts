/**
 * A client of the table owner for the rare test that changes the schema (a failing trigger) or
 * checks what the owner sees; the application's `db` runs as nastavnik_app and may not.
 */
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

let owner: PrismaClient | undefined;

export function ownerDb(): PrismaClient {
  owner ??= createPrismaClient(process.env.DATABASE_URL!, 2, { role: "owner" });
  return owner;
}

export async function closeOwnerDb(): Promise<void> {
  await owner?.$disconnect();
  owner = undefined;
}
