import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createParticipant, createSchool } from "@/tests/factories";
import { createUserWithRole, scopeOfSchool } from "@/tests/factories-users";

/** The text part of an .eml file, decoded (nodemailer writes Cyrillic as base64 or quoted-printable). */
function bodyOf(eml: string): string {
  const [headers, ...rest] = eml.split("\n\n");
  const body = rest.join("\n\n");
  if (/Content-Transfer-Encoding: base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) {
    const joined = body.replace(/=\r?\n/g, "");
    return Buffer.from(joined.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
  }
  return body;
}

describe("mail without SMTP_URL", () => {
  let dataDir: string;
  const saved = { dataDir: process.env.NASTAVNIK_DATA_DIR, smtp: process.env.SMTP_URL };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "nastavnik-mail-"));
    // lib/config.ts reads the environment when first imported: set it, then import afresh.
    process.env.NASTAVNIK_DATA_DIR = dataDir;
    delete process.env.SMTP_URL;
    vi.resetModules();
  });

  afterAll(async () => {
    process.env.NASTAVNIK_DATA_DIR = saved.dataDir;
    if (saved.smtp !== undefined) process.env.SMTP_URL = saved.smtp;
    await rm(dataDir, { recursive: true, force: true });
  });

  it("writes the message as an .eml file into <dataDir>/outbox and logs its path, not its content", async () => {
    const { sendMail } = await import("./send");
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    const delivery = await sendMail({ to: "ivanova@school.ru", subject: "Проверка почты", text: "Ссылка: https://example.ru/invite/SECRET" });
    const logged = log.mock.calls.map((call) => call.map(String).join(" "));
    log.mockRestore();

    expect(delivery.via).toBe("outbox");
    const file = (delivery as { path: string }).path;
    expect(path.dirname(file)).toBe(path.join(dataDir, "outbox"));
    expect(file).toMatch(/\.eml$/);
    expect((await stat(file)).mode & 0o077).toBe(0); // readable by the platform's own user only

    const eml = await readFile(file, "utf8");
    expect(eml).toMatch(/^To: ivanova@school\.ru$/m);
    expect(eml).toMatch(/^From: .*no-reply@nastavnik\.local/m);
    expect(eml).toMatch(/^Subject: =\?UTF-8\?/m); // Cyrillic subject, MIME-encoded
    expect(bodyOf(eml)).toContain("https://example.ru/invite/SECRET");

    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(file);
    expect(logged[0]).not.toContain("SECRET");
  });

  it("carries an invitation's one-time link to the outbox after the invitation is saved", async () => {
    const { inviteUser } = await import("@/lib/users/mutations");
    const { ZInviteUser } = await import("@/lib/users/schemas");
    const { school } = await createSchool();
    const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
    const teacher = await createParticipant(school);
    const before = new Set(await readdir(path.join(dataDir, "outbox")).catch(() => []));

    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    const result = await inviteUser(
      curator.principal,
      ZInviteUser.parse({ email: "new.mentor@school.ru", fullName: "Новикова Елена Павловна", role: "MENTOR", targetId: teacher.id }),
    );
    const logged = log.mock.calls.map((call) => call.map(String).join(" "));
    log.mockRestore();
    expect(result.mailSent).toBe(true);
    expect(logged).toHaveLength(1);

    const added = (await readdir(path.join(dataDir, "outbox"))).filter((name) => !before.has(name));
    expect(added).toHaveLength(1);
    const body = bodyOf(await readFile(path.join(dataDir, "outbox", added[0]), "utf8"));
    expect(body).toContain("Здравствуйте, Новикова Елена Павловна!");
    expect(body).toMatch(/\/invite\/[A-Za-z0-9_-]{43}\n/);
    const token = body.match(/\/invite\/([A-Za-z0-9_-]{43})/)![1];
    expect(logged[0]).toContain(added[0]);
    expect(logged[0]).not.toContain(token);
  });
});
