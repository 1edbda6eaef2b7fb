import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import pg from "pg";

/** Reads the database the server under test uses, to compare pages with the data behind them. */
export async function queryE2eDatabase<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export const test = base.extend<{ checkAccessibility: () => Promise<void> }>({
  checkAccessibility: async ({ page }, use) => {
    await use(async () => {
      // Next streams the <title> with the page's metadata: check once it has arrived.
      await page.waitForFunction(() => document.title.length > 0, undefined, { timeout: 5_000 });
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary, "accessibility violations").toEqual([]);
    });
  },
});

export { expect };
