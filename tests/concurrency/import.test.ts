/**
 * The same participants file imported 20 times at once (a curator double-clicking, two curators
 * of one school, a retrying proxy): no person is created twice, and each import either succeeds
 * or fails with a clear Russian message.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { importParticipants } from "@/lib/participants/import";
import { createSchoolWithCurator, csvOf, teacherRow } from "@/tests/factories-participants";
import { createUserWithRole, scopeOfSchool } from "@/tests/factories-users";

const IMPORTS = 20;
const ROWS = 40;

describe("concurrent imports", () => {
  it(`${IMPORTS} imports of one file at once create each person once`, async () => {
    const { school, curator } = await createSchoolWithCurator();
    const second = (await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school))).principal;
    const bytes = csvOf(Array.from({ length: ROWS }, (_, index) => teacherRow(index + 1)));

    const results = await Promise.allSettled(
      Array.from({ length: IMPORTS }, (_, index) =>
        importParticipants(index % 2 ? second : curator, { schoolId: school.id, fileName: "участники.csv", bytes }),
      ),
    );
    const done = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const failed = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    console.log(`[concurrency] ${IMPORTS} imports: ${done.length} succeeded, ${failed.length} failed`);

    // Whatever failed, failed with a Russian message of lib/errors.
    expect(failed.filter((e) => !(e instanceof AppError) || !/[а-яё]/i.test(e.message)).map(String)).toEqual([]);
    expect(done.length).toBeGreaterThan(0);

    // Each person once, by the natural key and by name.
    const byKey = await db.participant.groupBy({ by: ["externalKey"], where: { schoolId: school.id }, _count: { _all: true } });
    expect(byKey).toHaveLength(ROWS);
    expect(byKey.filter((group) => group._count._all > 1)).toEqual([]);
    expect(await db.participant.count({ where: { schoolId: school.id } })).toBe(ROWS);

    // The one import that created the rows, the others updated them.
    expect(done.filter((r) => r.created === ROWS && r.updated === 0)).toHaveLength(1);
    expect(done.filter((r) => r.created === 0 && r.updated === ROWS)).toHaveLength(done.length - 1);
    expect(await db.auditEvent.count({ where: { schoolId: school.id, action: "participant.import" } })).toBe(done.length);
  });
});
