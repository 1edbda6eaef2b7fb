import { describe, expect, it } from "vitest";
import { createParticipant, createSchool } from "@/tests/factories";
import { createSchoolIn, createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { createTrainingRow } from "@/tests/factories-programs";
import { listParticipantRecognition } from "./queries";

describe("a person's trainings and awards on their card", () => {
  it("shows the person's own records to their school, and nothing to another school", async () => {
    const { school, municipality } = await createSchool();
    const neighbour = await createSchoolIn(municipality);
    const mentor = await createParticipant(school);
    const colleague = await createParticipant(school);
    const mine = await createTrainingRow(school, mentor.id);
    await createTrainingRow(school, colleague.id);

    const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
    const own = await listParticipantRecognition(curator.principal, mentor.id);
    expect(own.trainings.map((t) => t.id)).toEqual([mine.id]);

    const stranger = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(neighbour));
    const foreign = await listParticipantRecognition(stranger.principal, mentor.id);
    expect(foreign).toEqual({ trainings: [], awards: [] });
  });
});
