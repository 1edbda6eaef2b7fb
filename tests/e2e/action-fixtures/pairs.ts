import type { Fixture } from "./common";

/** Fixtures of the pairs actions (lib/pairs/actions.ts). */
export const PAIRS_FIXTURES: Record<string, Fixture> = {};
