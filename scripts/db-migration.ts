// npm run db:migration -- <name>: writes a migration for the changes in prisma/schema.prisma.
// Offline: the engine is WebAssembly and the shadow database an in-memory PGlite.
import { createMigration } from "../lib/schema-engine";

async function main() {
  const name = process.argv.slice(2).join("_");
  if (!name) {
    console.error("Usage: npm run db:migration -- <name>");
    process.exit(2);
  }
  const file = await createMigration(name);
  console.log(file ? `Written ${file}` : "The migrations already match prisma/schema.prisma; nothing written.");
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
