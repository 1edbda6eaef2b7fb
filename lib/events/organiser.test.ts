import { describe, expect, it } from "vitest";
import type { Principal } from "@/lib/access";
import type { Role } from "@/lib/generated/prisma/enums";
import { mayOrganiseIn } from "./organiser";

function principal(role: Role): Principal {
  const active = { id: "a", role, regionId: "r1", municipalityId: role === "REGIONAL_COORDINATOR" ? null : "m1", schoolId: ["SCHOOL_CURATOR", "MENTOR", "MENTEE"].includes(role) ? "s1" : null };
  return { userId: "u", email: "u@x.ru", fullName: "У", assignments: [active], active, participantIds: [] };
}

describe("who may create events on an events page", () => {
  it("lets each organiser create at its own level in its own unit only", () => {
    expect(mayOrganiseIn(principal("SCHOOL_CURATOR"), { schoolId: "s1" })).toBe(true);
    expect(mayOrganiseIn(principal("SCHOOL_CURATOR"), { schoolId: "s2" })).toBe(false);
    expect(mayOrganiseIn(principal("SCHOOL_CURATOR"), { municipalityId: "m1" })).toBe(false);
    expect(mayOrganiseIn(principal("MUNICIPAL_CURATOR"), { municipalityId: "m1" })).toBe(true);
    expect(mayOrganiseIn(principal("MUNICIPAL_CURATOR"), { schoolId: "s1" })).toBe(false);
    expect(mayOrganiseIn(principal("REGIONAL_COORDINATOR"), { regionId: "r1" })).toBe(true);
    expect(mayOrganiseIn(principal("REGIONAL_COORDINATOR"), { regionId: "r2" })).toBe(false);
    expect(mayOrganiseIn(principal("MENTOR"), { schoolId: "s1" })).toBe(false);
    expect(mayOrganiseIn(principal("ADMIN"), { regionId: "r1" })).toBe(false);
  });
});
