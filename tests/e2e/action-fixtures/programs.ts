import type { Fixture } from "./common";

/** Fixtures of the programs actions (lib/programs/actions.ts). */
export const PROGRAMS_FIXTURES: Record<string, Fixture> = {};
