/**
 * The upload limit end to end: a file of exactly MAX_UPLOAD_MB (20 MB) goes through proxy.ts
 * (which buffers request bodies, 10 MB by default) into the server action whole — the stored row
 * has its size and SHA-256 — and a 21 MB file gets the Russian size message, from the browser and,
 * when a client skips that check, from the server too; never a crash.
 */
import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

const MB = 1024 * 1024;
const REQUIREMENT = "Дорожная карта (план реализации) целевой модели наставничества";

/** A PDF of `size` bytes: a real header, then pages of noise-free filler. */
function pdfOf(size: number): Buffer {
  const buffer = Buffer.alloc(size, 0x20);
  Buffer.from("%PDF-1.4\n").copy(buffer);
  for (let i = 64; i < size; i += 4096) buffer[i] = 0x30 + (i % 10);
  Buffer.from("\n%%EOF\n").copy(buffer, size - 7);
  return buffer;
}

async function openUpload(page: Page) {
  const [school] = await queryE2eDatabase<{ id: string }>(`SELECT id FROM "School" WHERE slug = 'orsk-51'`);
  await page.goto(`/school/${school.id}/documents`);
  const card = page.getByRole("article", { name: REQUIREMENT, exact: true });
  const toggle = card.getByRole("button", { name: /^(Загрузить файл|Новая версия)$/ });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  return { card, submit: card.getByRole("button", { name: /^Загрузить (документ|новую версию)$/ }) };
}

test("a 20 MB file arrives whole through the proxy; 21 MB gets the Russian size message", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "curator@nastavnik.example");
  const { card, submit } = await openUpload(page);
  const twenty = pdfOf(20 * MB);
  await card.getByLabel("Файл", { exact: true }).setInputFiles({ name: "Дорожная карта (скан).pdf", mimeType: "application/pdf", buffer: twenty });
  await submit.click();
  await expect(card.getByText(/Версия \d+ загружена и отправлена на проверку/)).toBeVisible({ timeout: 90_000 });
  const [stored] = await queryE2eDatabase<{ size: number; sha256: string; name: string }>(
    `SELECT "sizeBytes" AS size, sha256, "originalName" AS name FROM "StoredFile" ORDER BY "createdAt" DESC LIMIT 1`,
  );
  expect(stored).toEqual({ size: 20 * MB, sha256: createHash("sha256").update(twenty).digest("hex"), name: "Дорожная карта (скан).pdf" });

  // One megabyte more: the field says so as soon as the file is chosen, and sends nothing.
  const again = await openUpload(page);
  await again.card.getByLabel("Файл", { exact: true }).setInputFiles({ name: "Большой скан.pdf", mimeType: "application/pdf", buffer: pdfOf(21 * MB) });
  await expect(again.card.getByText(/^Файл весит 21 МБ, а можно не больше 20 МБ\./)).toBeVisible();
  await expect(again.card.getByText("Файл не выбран")).toBeVisible();
});

test("a client that does not check the size gets the server's Russian message, not a crash", async ({ page }) => {
  test.setTimeout(180_000);
  // A browser whose files all claim to be tiny: the field's own check lets 21 MB through.
  await page.addInitScript(() => Object.defineProperty(File.prototype, "size", { get: () => 1 }));
  await signIn(page, "curator@nastavnik.example");
  const [{ count: before }] = await queryE2eDatabase<{ count: number }>(`SELECT count(*)::int AS count FROM "StoredFile"`);
  const { card, submit } = await openUpload(page);
  await card.getByLabel("Файл", { exact: true }).setInputFiles({ name: "Большой скан.pdf", mimeType: "application/pdf", buffer: pdfOf(21 * MB) });
  await submit.click();
  // Beside the field (and in the form's summary): the message storeUpload gives before reading the file.
  await expect(card.getByText(/^Файл весит 21 МБ, а можно не больше 20 МБ\./).first()).toBeVisible({ timeout: 90_000 });
  const [{ count: after }] = await queryE2eDatabase<{ count: number }>(`SELECT count(*)::int AS count FROM "StoredFile"`);
  expect(after).toBe(before);
});
