/**
 * The hostile-file corpus through the whole path a user's file takes: storeUpload (inspection,
 * storage, row and link in one transaction) and the download route's answer. Every file is
 * rejected with its Russian message and leaves nothing behind, or is stored under a generated key
 * and comes back byte for byte as an attachment that no browser will render or sniff.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Principal } from "@/lib/access";
import { ValidationError } from "@/lib/errors";
import { downloadFileResponse } from "@/lib/files/download";
import { storeUpload } from "@/lib/files/store";
import { createS3Storage, sha256Hex, storage } from "@/lib/storage";
import { createAcademicYear, createSchool } from "@/tests/factories";
import { createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { HOSTILE, MB, pdf } from "./corpus";
import { startS3Server, type S3TestServer } from "./s3-server";

let curator: Principal;
let scope: { regionId: string; municipalityId: string; schoolId: string };
let documentId: string;
let versionNo = 0;

beforeAll(async () => {
  const { school } = await createSchool();
  scope = scopeOfSchool(school) as typeof scope;
  curator = (await createUserWithRole("SCHOOL_CURATOR", scope)).principal;
  const year = await createAcademicYear();
  const requirement = await db.documentRequirement.create({ data: { level: "PLATFORM", code: "REG", title: "Положение о наставничестве" } });
  documentId = (await db.document.create({ data: { ...scope, requirementId: requirement.id, academicYearId: year.id } })).id;
});

/** Stores a file as a new version of the school's document, the way the documents module does. */
function upload(name: string, bytes: Uint8Array) {
  return storeUpload({ file: { name, bytes }, scope, uploadedById: curator.userId }, (tx, row) =>
    tx.documentVersion.create({ data: { documentId, schoolId: scope.schoolId, versionNo: ++versionNo, fileId: row.id } }).then(() => row),
  );
}

async function objectKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of storage().list()) keys.push(object.key);
  return keys;
}

/** The name a browser saves the file under, read from Content-Disposition as RFC 6266 says. */
function savedName(disposition: string): string {
  const star = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  return decodeURIComponent(star![1]);
}

describe("the hostile-file corpus, end to end", () => {
  for (const hostile of HOSTILE) {
    if ("rejected" in hostile) {
      it(`rejects ${hostile.label}, and keeps nothing`, async () => {
        const [rowsBefore, objectsBefore] = [await db.storedFile.count(), await objectKeys()];
        const error = await upload(hostile.name, await hostile.bytes()).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).fieldErrors).toEqual({ file: [hostile.rejected] });
        expect((error as ValidationError).message).toBe(hostile.rejected);
        expect(await db.storedFile.count()).toBe(rowsBefore);
        expect((await objectKeys()).sort()).toEqual(objectsBefore.sort());
      });
    } else {
      it(`stores ${hostile.label} under a generated key and serves it as a safe attachment`, async () => {
        const bytes = await hostile.bytes();
        const row = await upload(hostile.name, bytes);
        expect(row.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.[a-z]+$/);
        expect(row).toMatchObject({ originalName: hostile.stored.safeName, mimeType: hostile.stored.mimeType, sizeBytes: bytes.byteLength, sha256: sha256Hex(bytes) });

        const response = await downloadFileResponse(curator, row.id);
        expect(response.status).toBe(200);
        const headers = Object.fromEntries(response.headers);
        expect(headers["content-type"]).toBe(hostile.stored.mimeType);
        expect(headers["x-content-type-options"]).toBe("nosniff");
        expect(headers["cache-control"]).toBe("private, no-store");
        expect(headers["content-disposition"]).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%!~._`|^$&+#-]+$/);
        expect(savedName(headers["content-disposition"])).toBe(hostile.stored.safeName);
        expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), Buffer.from(bytes))).toBe(0);
      });
    }
  }
});

describe("downloads that must not hand out bytes", () => {
  it("answers an error, not the bytes, when the stored object was changed behind the platform's back", async () => {
    const row = await upload("Приказ.pdf", pdf());
    await storage().put(row.storageKey, new Uint8Array(Buffer.from("%PDF-1.4 something else entirely")));
    const response = await downloadFileResponse(curator, row.id);
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toMatch(/^Файл сейчас нельзя выдать/);
  });

  it("answers an error when the object is gone", async () => {
    const row = await upload("Приказ.pdf", pdf());
    await storage().delete(row.storageKey);
    const response = await downloadFileResponse(curator, row.id);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain("files:check");
  });

  it("answers «not found» to nobody signed in, to an unknown id and to a storage key", async () => {
    const row = await upload("Приказ.pdf", pdf());
    expect((await downloadFileResponse(null, row.id)).status).toBe(404);
    expect((await downloadFileResponse(curator, "no-such-file")).status).toBe(404);
    expect((await downloadFileResponse(curator, row.storageKey)).status).toBe(404);
  });

  it("encodes names with apostrophes and brackets as RFC 8187 requires", async () => {
    const row = await upload("Приказ (копия) д'Артаньяна*.pdf", pdf());
    const disposition = (await downloadFileResponse(curator, row.id)).headers.get("content-disposition")!;
    expect(disposition).toContain("%28%D0%BA%D0%BE%D0%BF%D0%B8%D1%8F%29%20%D0%B4%27");
    expect(savedName(disposition)).toBe("Приказ (копия) д'Артаньяна_.pdf");
  });
});

describe("a file from a form", () => {
  it("is refused for its size before it is read into memory", async () => {
    const file = new File([new Uint8Array(21 * MB)], "скан.pdf", { type: "application/pdf" });
    const arrayBuffer = File.prototype.arrayBuffer;
    let read = false;
    File.prototype.arrayBuffer = function () {
      read = true;
      return arrayBuffer.call(this);
    };
    try {
      const error = await storeUpload({ file, scope, uploadedById: curator.userId }, async () => null).catch((e: unknown) => e);
      expect((error as ValidationError).fieldErrors.file).toEqual(["Файл весит 21 МБ, а можно не больше 20 МБ. Уменьшите его (например, сохраните скан в меньшем разрешении или как PDF) и загрузите снова."]);
      expect(read).toBe(false);
    } finally {
      File.prototype.arrayBuffer = arrayBuffer;
    }
  });
});

describe("downloads from S3 are verified the same way", () => {
  let server: S3TestServer;
  beforeAll(async () => {
    server = await startS3Server();
  }, 30_000);
  afterAll(() => server?.stop());

  it("hands out the stored bytes, and an error once the object was changed", async () => {
    const s3 = createS3Storage(server.settings);
    const bytes = pdf();
    const row = await storeUpload({ file: { name: "Приказ.pdf", bytes }, scope, uploadedById: curator.userId, storage: s3 }, (tx, r) =>
      tx.documentVersion.create({ data: { documentId, schoolId: scope.schoolId, versionNo: ++versionNo, fileId: r.id } }).then(() => r),
    );
    const ok = await downloadFileResponse(curator, row.id, { storage: s3 });
    expect(ok.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await ok.arrayBuffer()), Buffer.from(bytes))).toBe(0);
    // Replaced in the bucket by something else (another tool, a broken replication, an attacker).
    await createS3Storage(server.settings).put(row.storageKey, new Uint8Array(Buffer.from("%PDF-1.4 forged")));
    const forged = await downloadFileResponse(curator, row.id, { storage: s3 });
    expect(forged.status).toBe(500);
    expect(await forged.text()).toMatch(/^Файл сейчас нельзя выдать/);
  });
});
