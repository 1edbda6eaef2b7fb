// npm run db:seed: loads the demo world (idempotent: a second run changes nothing).
import { withDatabaseUrl } from "../scripts/database";
import { createPrismaClient } from "../lib/db";
import { seedDemoData } from "./seed/index";

withDatabaseUrl(async (url) => {
  const client = createPrismaClient(url, 4);
  try {
    const summary = await seedDemoData(client);
    console.log("Demo data:", summary);
  } finally {
    await client.$disconnect();
  }
}).then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
