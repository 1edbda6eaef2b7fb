import type { Fixture } from "./common";
import { AUTH_FIXTURES } from "./auth";
import { DOCUMENTS_FIXTURES } from "./documents";
import { HIERARCHY_FIXTURES } from "./hierarchy";
import { PAIRS_FIXTURES } from "./pairs";
import { PARTICIPANTS_FIXTURES } from "./participants";
import { PLANS_FIXTURES } from "./plans";
import { PROGRAMS_FIXTURES } from "./programs";
import { QUESTIONNAIRES_FIXTURES } from "./questionnaires";
import { USERS_FIXTURES } from "./users";

/** Every domain's fixtures; a domain with server actions adds its file here. */
export const FIXTURES: Record<string, Fixture> = {
  ...AUTH_FIXTURES,
  ...USERS_FIXTURES,
  ...PARTICIPANTS_FIXTURES,
  ...PAIRS_FIXTURES,
  ...PLANS_FIXTURES,
  ...PROGRAMS_FIXTURES,
  ...DOCUMENTS_FIXTURES,
  ...HIERARCHY_FIXTURES,
  ...QUESTIONNAIRES_FIXTURES,
};
