import type { Fixture } from "./common";

/** Fixtures of the participants actions (lib/participants/actions.ts). */
export const PARTICIPANTS_FIXTURES: Record<string, Fixture> = {};
