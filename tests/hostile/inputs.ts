/**
 * Hostile inputs for the server actions and route handlers, as fast-check arbitraries: values of
 * the wrong type, missing and extra fields (mass assignment), huge strings, Unicode edge cases,
 * SQL and HTML fragments, and ids of another tenant. A mutation starts from a valid call (the
 * audit walker's fixture) and spoils one to three things of it, so the input gets past the
 * outer checks and reaches the parts of the schema and the domain code behind them.
 */
import fc from "fast-check";

export const SQL_FRAGMENTS = [
  "' OR '1'='1",
  `'; DROP TABLE "User"; --`,
  "1; SELECT pg_sleep(10) --",
  `" OR ""="`,
  "' UNION SELECT id, email FROM \"User\" --",
  "%",
  "_",
  "\\",
  "\\'",
  "$1",
  "::text",
];

export const HTML_FRAGMENTS = [
  "<script>alert(1)</script>",
  `"><img src=x onerror=alert(1)>`,
  "<svg/onload=alert(1)>",
  "javascript:alert(1)",
  "{{7*7}}",
  "${7*7}",
  "&lt;b&gt;&amp;",
  "]]><!--",
  "=HYPERLINK(\"http://evil.example\",\"x\")",
  "+cmd|' /C calc'!A0",
];

export const UNICODE_FRAGMENTS = [
  "\u0000",
  "до\u0000после",
  "\ud800", // lone high surrogate
  "\udfff", // lone low surrogate
  "я\ud83d",
  "\u202eтекст\u202c", // right-to-left override
  "\u200f\u200e\u200b\u2060",
  "е\u0301\u0301\u0301\u0301\u0301\u0301", // stacked combining accents
  "👩‍👩‍👧‍👦",
  "🇷🇺🏳️‍🌈",
  "\ufeff",
  "\uffff\ufffe",
  "Z̷̢͎̈́ȃ̸̰l̶̨̛g̵̱̈ò̶̟",
  "\u2028\u2029",
  "\r\n\t\v\f",
  "   ",
  "ｓｃｈｏｏｌ",
  "İı ß ﬁ",
  "\u0085",
  "\x7f\x1b[31m",
];

export const DATE_LIKE = [
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "0001-01-01",
  "9999-12-31",
  "+275760-09-13",
  "-000001-01-01",
  "2026-11-20T25:61:61Z",
  "20.11.2026",
  "1e309",
  "Infinity",
  "NaN",
  "-0",
  "0x1F",
  " 5 ",
  "٣",
  "99999999999999999999",
];

const FRAGMENTS = [...SQL_FRAGMENTS, ...HTML_FRAGMENTS, ...UNICODE_FRAGMENTS, ...DATE_LIKE];

/**
 * A long string: 10 000 or 200 000 UTF-16 units of one kind. Not more: React's decoding of a call
 * refuses arrays holding more than 10⁶ units of strings with a 500 before any action runs (a
 * framework limit, probed once in tests/e2e/hostile-actions.spec.ts), and a few such strings in
 * one array would hit it.
 */
const hugeString = fc
  .tuple(fc.constantFrom(10_000, 200_000), fc.constantFrom("я", "a", "\u0301", "😀", "<", "'", "\u0000"))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 2, maxLength: 4 }).map((parts) => parts.join("")) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: hugeString },
);

/** A value of any JSON type, hostile where it is a string. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 2, 2147483648, [], {}, [null], [[[]]], { "": "" }),
  },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("id", "schoolId", "role", "ok", "then", "toString"), hostileString, { maxKeys: 3 }) },
  // Deep nesting: code that recurses must not overflow. (Arrays nested thousands deep are refused
  // by React's decoding of the call before any action runs; see the report of issue #9.)
  { weight: 1, arbitrary: fc.constantFrom(300, 800).map((depth) => JSON.parse('{"a":'.repeat(depth) + "[]" + "}".repeat(depth)) as unknown) },
);

/** Keys a client might add to take what is not theirs. */
export const MASS_ASSIGNMENT_KEYS = [
  "id",
  "schoolId",
  "regionId",
  "municipalityId",
  "userId",
  "role",
  "status",
  "version",
  "isActive",
  "isPlatformAdmin",
  "createdAt",
  "archivedAt",
  "passwordHash",
  "sessionVersion",
  "__proto__",
  "constructor",
];

/** Foreign ids by the name of the field that holds one (see idTableOf). */
export type ForeignIds = Record<string, string[]>;

/** The table an id field refers to, by its name; null when it is not an id of a tenant's record. */
export function idTableOf(key: string): string | null {
  const name = key.replace(/Ids?$/, "").toLowerCase();
  const tables: Record<string, string> = {
    school: "School",
    region: "Region",
    municipality: "Municipality",
    participant: "Participant",
    mentee: "Participant",
    mentor: "Participant",
    target: "Participant",
    pair: "MentoringPair",
    plan: "DevelopmentPlan",
    item: "PlanItem",
    visit: "LessonVisit",
    meeting: "Meeting",
    event: "Event",
    material: "EventMaterial",
    training: "Training",
    award: "Award",
    document: "Document",
    requirement: "DocumentRequirement",
    template: "Template",
    user: "User",
    curatoruser: "User",
    assignment: "RoleAssignment",
    program: "MentoringProgram",
    planitem: "PlanItem",
  };
  return tables[name] ?? null;
}

export type Path = Array<string | number>;

export type Mutation =
  | { kind: "set"; path: Path; value: unknown }
  | { kind: "delete"; path: Path }
  | { kind: "extra"; path: Path; key: string; value: unknown; foreign: number | null }
  | { kind: "foreign"; path: Path; pick: number }
  | { kind: "args"; args: unknown[] };

/** Where a mutation may act: every value of the call, down to `depth`, by path. */
export function pathsOf(value: unknown, depth = 4, prefix: Path = []): Path[] {
  if (depth === 0 || value === null || typeof value !== "object" || value instanceof File) return [];
  const keys: Array<string | number> = value instanceof FormData ? [...new Set(value.keys())] : Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    const child = value instanceof FormData ? value.get(key as string) : (value as Record<string | number, unknown>)[key];
    return [path, ...pathsOf(child, depth - 1, path)];
  });
}

/** Paths of objects (and FormData) that can take an extra key. */
function containersOf(value: unknown, depth = 3, prefix: Path = []): Path[] {
  if (depth === 0 || value === null || typeof value !== "object" || value instanceof File) return [];
  const own = Array.isArray(value) ? [] : [prefix];
  if (value instanceof FormData) return own;
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [...own, ...keys.flatMap((key) => containersOf((value as Record<string | number, unknown>)[key], depth - 1, [...prefix, key]))];
}

const isIdField = (path: Path) => {
  const last = [...path].reverse().find((part) => typeof part === "string");
  return typeof last === "string" && idTableOf(last) !== null;
};

/** Mutations of a valid call `args`; an empty call gets whole argument lists instead. */
export function mutationsOf(args: unknown[]): fc.Arbitrary<Mutation[]> {
  const paths = pathsOf(args);
  const containers = containersOf(args).filter((path) => path.length > 0);
  const idPaths = paths.filter(isIdField);
  const options: Array<fc.WeightedArbitrary<Mutation>> = [
    {
      weight: 1,
      arbitrary: fc
        .oneof(fc.constant<unknown[]>([]), hostileValue.map((value) => [value]), fc.tuple(hostileValue, hostileValue).map((values) => [...values]))
        .map((list): Mutation => ({ kind: "args", args: list })),
    },
  ];
  if (paths.length) {
    options.push({ weight: 6, arbitrary: fc.record({ kind: fc.constant("set" as const), path: fc.constantFrom(...paths), value: hostileValue }) });
    options.push({ weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom(...paths) }) });
  }
  if (containers.length) {
    options.push({
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant("extra" as const),
        path: fc.constantFrom(...containers),
        key: fc.constantFrom(...MASS_ASSIGNMENT_KEYS),
        value: fc.oneof(hostileValue, fc.constantFrom("ADMIN", "REGIONAL_COORDINATOR", true, 1)),
        foreign: fc.option(fc.nat(), { nil: null }),
      }),
    });
  }
  if (idPaths.length) options.push({ weight: 4, arbitrary: fc.record({ kind: fc.constant("foreign" as const), path: fc.constantFrom(...idPaths), pick: fc.nat() }) });
  return fc.array(fc.oneof(...options), { minLength: 1, maxLength: 3 });
}

/** A deep copy of a call (FormData and Files included) that mutations may change. */
function copyOf(value: unknown): unknown {
  if (value instanceof File || value === null || typeof value !== "object") return value;
  if (value instanceof FormData) {
    const copy = new FormData();
    value.forEach((entry, name) => copy.append(name, entry));
    return copy;
  }
  if (Array.isArray(value)) return value.map(copyOf);
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, copyOf(child)]));
}

/** Sets an own property, "__proto__" included (so that it is sent rather than swallowed). */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A value as a form field: strings stay, files stay, everything else as JSON text. */
function asFormEntry(value: unknown): string | File {
  if (value instanceof File || typeof value === "string") return value;
  return JSON.stringify(value) ?? "";
}

/** Hostile files for a form's file fields. */
export const HOSTILE_FILES: Array<() => File> = [
  () => new File([], "пустой.pdf", { type: "application/pdf" }),
  () => new File(["<html><script>alert(1)</script></html>"], "не-pdf.pdf", { type: "application/pdf" }),
  () => new File(["%PDF-1.4\n%%EOF\n"], "../../etc/passwd", { type: "application/pdf" }),
  () => new File(["%PDF-1.4\n%%EOF\n"], "имя\u0000с-нулём\u202e.pdf", { type: "application/pdf" }),
  () => new File(["%PDF-1.4\n%%EOF\n"], `${"д".repeat(2_000)}.pdf`, { type: "application/pdf" }),
  () => new File(["MZ\x90\x00\x03"], "программа.exe", { type: "application/x-msdownload" }),
  () => new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'], "рисунок.svg", { type: "image/svg+xml" }),
];

/** The foreign id a mutation puts into the field `key`: one of the same table where there is one. */
export function foreignIdFor(key: string, pick: number, foreign: ForeignIds): string {
  const table = idTableOf(key);
  const pool = (table && foreign[table]?.length ? foreign[table] : foreign.any) ?? [];
  return pool.length ? pool[pick % pool.length] : "foreign-id";
}

/** The call `args` with the mutations applied; foreign ids come from `foreign`, files from HOSTILE_FILES. */
export function applyMutations(args: unknown[], mutations: Mutation[], foreign: ForeignIds): unknown[] {
  let result = copyOf(args) as unknown[];
  const foreignFor = (key: string, pick: number) => foreignIdFor(key, pick, foreign);
  for (const mutation of mutations) {
    if (mutation.kind === "args") {
      result = copyOf(mutation.args) as unknown[];
      continue;
    }
    const parentPath = mutation.kind === "extra" ? mutation.path : mutation.path.slice(0, -1);
    let parent: unknown = result;
    for (const part of parentPath) {
      parent = parent instanceof FormData ? parent.get(part as string) : (parent as Record<string | number, unknown> | null)?.[part];
    }
    if (parent === null || typeof parent !== "object" || parent instanceof File) continue; // an earlier mutation replaced it
    const key = mutation.kind === "extra" ? mutation.key : mutation.path[mutation.path.length - 1];
    let value: unknown;
    if (mutation.kind === "delete") value = undefined;
    else if (mutation.kind === "foreign") {
      const single = foreignFor(String(key), mutation.pick);
      value = String(key).endsWith("Ids") ? [single] : single;
    } else if (mutation.kind === "extra" && mutation.foreign !== null && idTableOf(mutation.key)) value = foreignFor(mutation.key, mutation.foreign);
    else value = mutation.value;

    if (parent instanceof FormData) {
      const name = String(key);
      if (value === undefined) parent.delete(name);
      else if (parent.get(name) instanceof File && typeof value === "string" && value.length < 64) {
        // A file field gets a hostile file rather than a short string, now and then.
        parent.set(name, HOSTILE_FILES[value.length % HOSTILE_FILES.length]());
      } else parent.set(name, asFormEntry(value));
    } else if (Array.isArray(parent) && typeof key === "number") {
      if (value === undefined) parent.splice(key, 1);
      else parent[key] = value;
    } else {
      const target = parent as Record<string | number, unknown>;
      if (value === undefined) delete target[key];
      else setOwn(target, key, value);
    }
  }
  return result;
}

/** A short description of a mutation for failure messages (huge strings cut). */
export function describeMutations(mutations: Mutation[]): string {
  return JSON.stringify(mutations, (_key, value: unknown) => {
    if (typeof value === "string" && value.length > 60) return `${JSON.stringify(value.slice(0, 20)).slice(1, -1)}…(${value.length} chars)`;
    if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0])) return "[[…nested]]";
    return value;
  });
}

/** The seed of a run: fixed, or HOSTILE_SEED to try other inputs; printed, so that a failure can be replayed. */
export function hostileSeed(): number {
  const fromEnv = Number(process.env.HOSTILE_SEED);
  return process.env.HOSTILE_SEED && Number.isInteger(fromEnv) ? fromEnv : 20261126;
}

/** The seed of one action or route: the run's seed mixed with its name, so adding one shifts no other. */
export function seedOf(runSeed: number, name: string): number {
  let hash = runSeed | 0;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return hash;
}

/** Raw path segments and query values that are malformed as URLs rather than as data. */
export const MALFORMED_URL_PARTS = ["%", "%ZZ", "%E0%A4%A", "%00", "%2e%2e", "..", "%2F..%2F..%2Fetc%2Fpasswd", "%C0%AE", "%ED%A0%80", "?", "#"];

/**
 * A value for a URL: percent-encoded, with lone surrogates (which encodeURIComponent refuses)
 * sent as the bytes of an encoded surrogate — invalid UTF-8, as a hostile client may send it.
 */
export function encodeForUrl(value: string): string {
  return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd").split("\ufffd").map(encodeURIComponent).join("%ED%A0%80");
}

/** Whether a call holds a NUL character anywhere (values, keys, form fields, file names). */
export function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (value instanceof File) return value.name.includes("\u0000");
  if (value instanceof FormData) return [...value.entries()].some(([name, entry]) => containsNul(name) || containsNul(entry));
  if (value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, child]) => key.includes("\u0000") || containsNul(child));
}
