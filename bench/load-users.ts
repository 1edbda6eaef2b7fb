/**
 * The virtual users of the load benchmark: demo accounts signed in over HTTP (each with its own
 * session cookie), each with the loop of requests its role makes. School curators open their
 * dashboard and lists and log visits and edit plan items; mentors do the same from their own
 * workspace; municipal and regional coordinators open their dashboards. Writes are valid: a visit
 * today in an active pair with a teaching mentee; an item saved with the version its page showed.
 */
import pg from "pg";
import { todayIso } from "@/lib/plans/dates";
import { PLAN_MESSAGES } from "@/lib/plans/schemas";
import { DEMO_PASSWORD } from "../prisma/seed/accounts";
import { actionId, actionOutcome, formDataCall, jsonCall, type EncodedCall } from "./load-actions";

export type Verdict = { result: "ok" } | { result: "conflict" } | { result: "error"; detail: string };
export type StepRequest = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: Buffer };
export type Step = {
  kind: string;
  /** null: skip this step in this loop (nothing to do). */
  request(): StepRequest | null;
  verdict(status: number, headers: Record<string, string>, body: string): Verdict;
};
export type VirtualUser = { label: string; steps: Step[] };

type Role = "curator" | "mentor" | "municipality" | "region";

export const VISIT_KIND = "POST посещение урока";
export const SAVE_KIND = "POST пункт плана";
const VISIT_TOPIC = "Нагрузочная проверка";

/** What the load wrote so far: its visits (by their topic) and saves of plan items (by their audit events). */
export async function countWrites(databaseUrl: string): Promise<{ visits: number; saves: number }> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ visits: string; saves: string }>(
      `SELECT (SELECT count(*) FROM "LessonVisit" WHERE topic = $1) AS visits,
              (SELECT count(*) FROM "AuditEvent" WHERE action = 'planItem.update') AS saves`,
      [VISIT_TOPIC],
    );
    return { visits: Number(rows[0].visits), saves: Number(rows[0].saves) };
  } finally {
    await db.end();
  }
}

const ACCOUNTS: Record<Role, string[]> = {
  curator: ["curator@nastavnik.example", "gym45@nastavnik.example", "gym2@nastavnik.example", "tenga@nastavnik.example"],
  mentor: ["mentor@nastavnik.example"],
  municipality: ["municipality@nastavnik.example", "ongudai@nastavnik.example", "pavlovsky@nastavnik.example"],
  region: ["region@nastavnik.example", "region.perm@nastavnik.example", "region.altai@nastavnik.example"],
};

/** Two curators and two mentors for every coordinator, who alternate municipality and region. */
function rolesOf(count: number): Role[] {
  const cycle: Role[] = ["curator", "mentor", "curator", "mentor"];
  let coordinators = 0;
  return Array.from({ length: count }, (_, i) => (i % 5 < 4 ? cycle[i % 5] : coordinators++ % 2 === 0 ? "municipality" : "region"));
}

type Context = { baseUrl: string; ids: Map<string, string>; db: pg.Client; today: string };

/** Signs in through the sign-in action, as the login form does; returns the session cookie. */
async function signIn(context: Context, email: string): Promise<string> {
  const call = jsonCall(actionId(context.ids, "lib/auth/actions.ts#signInAction"), context.baseUrl, null, [{ email, password: DEMO_PASSWORD }]);
  const response = await fetch(`${context.baseUrl}/login`, { method: "POST", headers: call.headers, body: new Uint8Array(call.body), redirect: "manual" });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
  if (!response.headers.get("x-action-redirect") || !cookie) {
    throw new Error(`sign-in of ${email} failed: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
  }
  return cookie;
}

const pageVerdict = (status: number, headers: Record<string, string>): Verdict => {
  if (status >= 200 && status < 300) return { result: "ok" };
  if (status >= 300 && status < 400 && !(headers.location ?? "").includes("/login")) return { result: "ok" };
  return { result: "error", detail: `HTTP ${status}${headers.location ? ` → ${headers.location}` : ""}` };
};

function page(kind: string, path: string, cookie: string): Step {
  return { kind, request: () => ({ method: "GET", path, headers: { Cookie: cookie } }), verdict: pageVerdict };
}

function post(path: string, call: EncodedCall): StepRequest {
  return { method: "POST", path, headers: call.headers, body: call.body };
}

type Item = { id: string; planId: string; goal: string; direction: string; difficulty: string | null; activity: string | null; expectedProduct: string | null; dueOn: string | null; status: string; evidenceUrl: string | null };
type VisitPair = { pairId: string; menteeId: string };

/** Rows for a school (curator) or for the pairs of a mentor's user account. */
function ownerFilter(owner: { schoolId: string } | { mentorUserId: string }, column: string): [string, string] {
  return "schoolId" in owner
    ? [`${column}."schoolId" = $1`, owner.schoolId]
    : [`${column}."mentorId" IN (SELECT id FROM "Participant" WHERE "userId" = $1)`, owner.mentorUserId];
}

async function visitPairs(context: Context, owner: { schoolId: string } | { mentorUserId: string }): Promise<VisitPair[]> {
  const [where, value] = ownerFilter(owner, "p");
  const { rows } = await context.db.query<VisitPair>(
    `SELECT p.id AS "pairId", pm."menteeId"
       FROM "MentoringPair" p
       JOIN "PairMentee" pm ON pm."pairId" = p.id AND pm."leftOn" IS NULL AND pm."joinedOn" <= $2::date
       JOIN "Participant" m ON m.id = pm."menteeId" AND m.kind = 'TEACHER'
      WHERE ${where} AND p.status = 'ACTIVE' AND p."endedOn" IS NULL AND p."startsOn" <= $2::date AND p."plannedEndOn" >= $2::date
      ORDER BY p.id, pm."menteeId"`,
    [value, context.today],
  );
  return rows;
}

async function editableItems(context: Context, owner: { schoolId: string } | { mentorUserId: string }): Promise<Item[]> {
  const [where, value] = ownerFilter(owner, "p");
  const { rows } = await context.db.query<Item>(
    `SELECT i.id, i."planId", i.goal, i.direction, i.difficulty, i.activity, i."expectedProduct",
            to_char(i."dueOn", 'YYYY-MM-DD') AS "dueOn", i.status, i."evidenceUrl"
       FROM "PlanItem" i JOIN "DevelopmentPlan" d ON d.id = i."planId" JOIN "MentoringPair" p ON p.id = d."pairId"
      WHERE ${where} AND p.status = 'ACTIVE' AND p."endedOn" IS NULL
      ORDER BY i.id`,
    [value],
  );
  return rows;
}

/** Every `of`-th element starting at `index`: VUs of one account edit disjoint items where there are enough. */
function share<T>(rows: T[], index: number, of: number): T[] {
  const mine = rows.filter((_, i) => i % of === index % of);
  return mine.length ? mine : rows;
}

/** Logs a lesson visit today, rotating over the pairs. */
function logVisit(context: Context, postPath: (pair: VisitPair) => string, cookie: string, pairs: VisitPair[]): Step[] {
  if (!pairs.length) return [];
  const id = actionId(context.ids, "lib/visits/actions.ts#createVisitAction");
  let next = 0;
  return [
    {
      kind: VISIT_KIND,
      request: () => {
        const pair = pairs[next++ % pairs.length];
        const visit = { pairId: pair.pairId, menteeId: pair.menteeId, direction: "MENTOR_TO_MENTEE", openLessonBy: "MENTEE", visitedOn: context.today, className: "7Б", subject: "Математика", topic: VISIT_TOPIC, purpose: "Проверка под нагрузкой" };
        return post(postPath(pair), jsonCall(id, context.baseUrl, cookie, [visit]));
      },
      verdict: (status, headers, body) => {
        const outcome = actionOutcome(status, headers, body);
        if (outcome.kind === "result" && outcome.ok) return { result: "ok" };
        return { result: "error", detail: JSON.stringify(outcome) };
      },
    },
  ];
}

/** Opens an item's page (its version is on it) and saves the item with that version. */
function editItem(context: Context, itemPath: (item: Item) => string, cookie: string, items: Item[]): Step[] {
  if (!items.length) return [];
  const id = actionId(context.ids, "lib/plans/actions.ts#updatePlanItemAction");
  let next = 0;
  let current: { item: Item; version: number } | null = null;
  let saves = 0;
  return [
    {
      kind: "GET пункт плана",
      request: () => {
        const item = items[next++ % items.length];
        current = { item, version: 0 };
        return { method: "GET", path: itemPath(item), headers: { Cookie: cookie } };
      },
      verdict: (status, headers, body) => {
        const verdict = pageVerdict(status, headers);
        if (verdict.result !== "ok" || !current) return verdict;
        // The editor's props travel in the page's Flight data (quotes escaped inside a script).
        const match = new RegExp(`itemId\\\\?":\\\\?"${current.item.id}\\\\?",\\\\?"version\\\\?":(\\d+)`).exec(body);
        if (!match) return { result: "error", detail: `no version of item ${current.item.id} on its page` };
        current.version = Number(match[1]);
        return verdict;
      },
    },
    {
      kind: SAVE_KIND,
      request: () => {
        if (!current?.version) return null;
        const { item, version } = current;
        const fields: Record<string, string> = { itemId: item.id, version: String(version), goal: item.goal, direction: item.direction, status: item.status };
        const optional = { difficulty: item.difficulty, expectedProduct: item.expectedProduct, dueOn: item.dueOn, evidenceUrl: item.evidenceUrl };
        for (const [name, value] of Object.entries(optional)) if (value) fields[name] = value;
        fields.activity = `${(item.activity ?? "").replace(/ \(правка \d+\)$/, "")} (правка ${++saves})`.trim();
        return post(itemPath(item), formDataCall(id, context.baseUrl, cookie, fields));
      },
      verdict: (status, headers, body) => {
        const outcome = actionOutcome(status, headers, body);
        if (outcome.kind === "result" && outcome.ok) return { result: "ok" };
        if (outcome.kind === "result" && outcome.message === PLAN_MESSAGES.conflict) return { result: "conflict" };
        return { result: "error", detail: JSON.stringify(outcome) };
      },
    },
  ];
}

type Assignment = { userId: string; regionId: string | null; municipalityId: string | null; schoolId: string | null };

async function assignmentOf(context: Context, email: string): Promise<Assignment> {
  const { rows } = await context.db.query<Assignment>(
    `SELECT u.id AS "userId", ra."regionId", ra."municipalityId", ra."schoolId"
       FROM "User" u JOIN "RoleAssignment" ra ON ra."userId" = u.id WHERE u.email = $1 ORDER BY ra."createdAt" LIMIT 1`,
    [email],
  );
  if (!rows[0]) throw new Error(`no account ${email} in the demo data`);
  return rows[0];
}

async function stepsOf(context: Context, role: Role, email: string, cookie: string, index: number, of: number): Promise<Step[]> {
  const who = await assignmentOf(context, email);
  if (role === "municipality") return [page("GET дашборд муниципалитета", `/municipality/${who.municipalityId}`, cookie)];
  if (role === "region") return [page("GET дашборд региона", `/region/${who.regionId}`, cookie)];
  if (role === "mentor") {
    const owner = { mentorUserId: who.userId };
    return [
      page("GET главная наставника", "/my", cookie),
      ...editItem(context, (item) => `/my/plans/${item.planId}/items/${item.id}`, cookie, share(await editableItems(context, owner), index, of)),
      page("GET посещения наставника", "/my/visits", cookie),
      ...logVisit(context, (pair) => `/my/pairs/${pair.pairId}/visits/new`, cookie, share(await visitPairs(context, owner), index, of)),
    ];
  }
  const school = `/school/${who.schoolId}`;
  const owner = { schoolId: who.schoolId! };
  return [
    page("GET дашборд школы", school, cookie),
    page("GET участники", `${school}/participants`, cookie),
    page("GET пары", `${school}/pairs`, cookie),
    page("GET посещения", `${school}/visits`, cookie),
    ...logVisit(context, () => `${school}/visits/new`, cookie, share(await visitPairs(context, owner), index, of)),
    ...editItem(context, (item) => `${school}/plans/${item.planId}/items/${item.id}`, cookie, share(await editableItems(context, owner), index, of)),
  ];
}

/** `count` virtual users, signed in one after another (sign-in is deliberately slow: argon2). */
export async function prepareUsers(baseUrl: string, databaseUrl: string, ids: Map<string, string>, count: number, log: (line: string) => void): Promise<VirtualUser[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const context: Context = { baseUrl, ids, db, today: todayIso() };
    const roles = rolesOf(count);
    const users: VirtualUser[] = [];
    for (const [i, role] of roles.entries()) {
      const sameRole = roles.slice(0, i).filter((r) => r === role).length;
      const accounts = ACCOUNTS[role];
      const email = accounts[sameRole % accounts.length];
      // VUs that share an account share its data: each takes its own slice of it.
      const index = Math.floor(sameRole / accounts.length);
      const of = Math.ceil(roles.filter((r) => r === role).length / accounts.length);
      const started = performance.now();
      const cookie = await signIn(context, email);
      const steps = await stepsOf(context, role, email, cookie, index, of);
      users.push({ label: `${i + 1}: ${email}`, steps });
      log(`  ВП ${i + 1}: ${email} вошёл за ${Math.round(performance.now() - started)} мс; шаги: ${steps.map((s) => s.kind.replace(/^(GET|POST) /, "")).join(", ")}`);
    }
    return users;
  } finally {
    await db.end();
  }
}
