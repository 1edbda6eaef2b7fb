// Configuration of the Prisma CLI. The CLI is used only for `prisma generate` (see
// scripts/prisma-generate.mjs); migrations run through lib/schema-engine.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
