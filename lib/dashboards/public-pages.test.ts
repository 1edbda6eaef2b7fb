import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reviewDocument, uploadDocumentVersion } from "@/lib/documents/mutations";
import { createSchoolIn } from "@/tests/factories-users";
import { createDocumentsWorld, uploadInput } from "@/tests/factories-documents";
import { listChildUnits } from "./overview";

describe("the municipality's list of schools", () => {
  it("shows which schools have their public page filled: a published program and an accepted document", async () => {
    const world = await createDocumentsWorld();
    const other = await createSchoolIn(world.municipality);
    await db.mentoringProgram.create({
      data: { regionId: world.region.id, municipalityId: world.municipality.id, schoolId: world.school.id, academicYearId: world.year.id, title: "Программа наставничества", status: "ACTIVE", startsOn: world.year.startsOn, endsOn: world.year.endsOn },
    });
    const filled = async () =>
      Object.fromEntries((await listChildUnits(world.municipal.principal, { municipalityId: world.municipality.id })).map((row) => [row.id, row.publicPage?.filled]));
    expect(await filled()).toEqual({ [world.school.id]: false, [other.id]: false });

    const uploaded = await uploadDocumentVersion(world.curator.principal, uploadInput(world));
    expect((await filled())[world.school.id]).toBe(false); // uploaded is not accepted yet
    await reviewDocument(world.municipal.principal, { documentId: uploaded.id, version: 1, decision: "ACCEPT", comment: "" });
    expect(await filled()).toEqual({ [world.school.id]: true, [other.id]: false });
  });
});
