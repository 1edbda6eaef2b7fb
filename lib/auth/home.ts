import type { Assignment } from "@/lib/access";

/** Where each role lands after sign-in: its own workspace. */
export function homePathFor(assignment: Assignment): string {
  switch (assignment.role) {
    case "ADMIN":
      return "/admin";
    case "REGIONAL_COORDINATOR":
      return `/region/${assignment.regionId}`;
    case "MUNICIPAL_CURATOR":
      return `/municipality/${assignment.municipalityId}`;
    case "SCHOOL_CURATOR":
      return `/school/${assignment.schoolId}`;
    case "MENTOR":
    case "MENTEE":
      return "/my";
  }
}
