// npm run db:migrate: applies the migrations in prisma/migrations to DATABASE_URL, or to the
// embedded database under .data/ when DATABASE_URL is unset.
import { applyMigrations } from "../lib/schema-engine";
import { withDatabaseUrl } from "./database";

withDatabaseUrl(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
}).then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
