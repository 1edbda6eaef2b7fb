// Mentoring pairs and groups with their mentees. The build checks the rules of the domain (kinds fit
// the form, nobody mentors themselves, consent of minors, mentor load, one active pair per form),
// so that a mistake in the demo data fails loudly instead of showing up on a dashboard.
import type { Prisma } from "../../lib/generated/prisma/client";
import { formId, formKinds, modelForm, modelId, type FormCode, type ModelKey } from "./catalog";
import { school, yearId, type SchoolInfo, type YearKey } from "./hierarchy";
import type { People, Person } from "./people";
import { GYM45_PAIRS } from "./rosters";
import { at, createRng, day, pad, stamped } from "./util";

export type Activity = "demo" | "normal" | "stale";
type Status = "ACTIVE" | "COMPLETED" | "TERMINATED";

export type Pair = {
  id: string;
  school: SchoolInfo;
  year: YearKey;
  form: FormCode;
  model: ModelKey;
  mentor: Person;
  mentees: Person[];
  isGroup: boolean;
  startsOn: Date;
  plannedEndOn: Date;
  endedOn: Date | null;
  status: Status;
  activity: Activity;
  /** exact number of mutual lesson visits (Гимназия №45 must show 40 in all) */
  visits?: number;
};

type Spec = {
  slug: string;
  year: YearKey;
  n: number;
  model: ModelKey;
  mentor: string;
  mentees: string[];
  title?: string;
  starts?: string;
  order?: readonly [string, string];
  compat?: number;
  activity?: Activity;
  terminated?: readonly [on: string, reason: string];
  visits?: number;
};

/** приказ о закреплении пар: number, date, and the day the pairs start working. */
const ORDERS: Record<string, readonly [string, string, string]> = {
  "orsk-51/2026": ["№ 214-о", "2026-09-10", "2026-09-14"],
  "orsk-51/2025": ["№ 198-о", "2025-09-09", "2025-09-15"],
  "orsk-gym2/2026": ["№ 87", "2026-09-11", "2026-09-14"],
  "orsk-24/2026": ["№ 45-о", "2026-09-15", "2026-09-16"],
  "novotroitsk-15/2026": ["№ 133", "2026-09-18", "2026-09-21"],
  "ongudai/2026": ["№ 112", "2026-09-07", "2026-09-08"],
  "elo/2026": ["№ 64", "2026-09-09", "2026-09-10"],
  "tenga/2026": ["№ 71-од", "2026-09-04", "2026-09-07"],
  "tenga/2025": ["№ 66-од", "2025-09-05", "2025-09-08"],
  "tuekta/2026": ["№ 38", "2026-10-12", "2026-10-13"],
  "karakol/2026": ["№ 95", "2026-09-14", "2026-09-15"],
  "shashikman/2026": ["№ 52", "2026-09-10", "2026-09-11"],
  "inya/2026": ["№ 47", "2026-09-08", "2026-09-09"],
  "perm-gym45/2026": ["№ 01-08/152", "2026-09-08", "2026-09-10"],
  "pavlovsky-1/2026": ["№ 301", "2026-09-14", "2026-09-15"],
  "pavlovsky-2/2026": ["№ 178", "2026-09-16", "2026-09-17"],
};

/** The order that fixed a school's pairs of a year: [number, date]. */
export function orderOf(slug: string, year: YearKey): readonly [string, string] | null {
  const order = ORDERS[`${slug}/${year}`];
  return order ? [order[0], order[1]] : null;
}

const p = (slug: string, year: YearKey, n: number, model: ModelKey, mentor: string, mentees: string[], extra: Partial<Spec> = {}): Spec => ({
  slug, year, n, model, mentor, mentees, ...extra,
});

const TT_SIMPLE: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string, Activity?]>]> = [
  ["ongudai", [["t01", "t02"], ["t03", "t04"]]],
  ["elo", [["t01", "t02"], ["t01", "t03"], ["t04", "t05"], ["t06", "t07"], ["t08", "t09"]]],
  ["tuekta", [["t01", "t02"]]],
  ["karakol", [["t01", "t02"], ["t03", "t04", "stale"], ["t05", "t06"], ["t01", "t07"]]],
  ["shashikman", [["t01", "t02"], ["t03", "t04", "stale"]]],
];

const TENGA_COMPAT = [96, 98, 97, 99, 42];

function specs(): Spec[] {
  const list: Spec[] = [
    // МОАУ «СОШ №51 г. Орска»: the demo school, five forms in use.
    p("orsk-51", 2026, 1, "ttYoung", "t01", ["t02"], { compat: 88, activity: "demo" }),
    p("orsk-51", 2026, 2, "ttYoung", "t01", ["t03"], { compat: 81 }),
    p("orsk-51", 2026, 3, "ttNewcomer", "t04", ["t05"], { compat: 76 }),
    p("orsk-51", 2026, 4, "ttYoung", "t06", ["t07", "t08"], { title: "Группа молодых учителей начальных классов", compat: 90 }),
    p("orsk-51", 2026, 5, "ttLeader", "t09", ["t10"], { compat: 64, activity: "stale" }),
    p("orsk-51", 2026, 6, "tsColleague", "t11", ["s01", "s02", "s03"], { title: "Проектная группа «Экология родного края»" }),
    p("orsk-51", 2026, 7, "ssAchiever", "s04", ["s05"]),
    p("orsk-51", 2026, 8, "ssLeader", "s06", ["s07", "s08"], { title: "Группа «Школьный актив»" }),
    p("orsk-51", 2026, 9, "csCareer", "c01", ["s09"], { order: ["№ 241-о", "2026-10-02"], starts: "2026-10-05" }),
    p("orsk-51", 2026, 10, "esFuture", "e01", ["s10", "s11"], { title: "Профориентационная группа «Инженерный старт»", order: ["№ 247-о", "2026-10-09"], starts: "2026-10-12" }),
    p("orsk-51", 2025, 1, "ttYoung", "t01", ["t12"], { compat: 85 }),
    p("orsk-51", 2025, 2, "ttYoung", "t04", ["t03"], { compat: 79 }),
    p("orsk-51", 2025, 3, "ssAchiever", "s06", ["s05"]),
    // МОАУ «Гимназия №2 г. Орска»: the two models the city association recommended (seed 000).
    p("orsk-gym2", 2026, 1, "ttLeader", "t01", ["t02"]),
    p("orsk-gym2", 2026, 2, "ttInnovator", "t03", ["t04"]),
    p("orsk-gym2", 2026, 3, "ttYoung", "t05", ["t06"]),
    p("orsk-gym2", 2026, 4, "ssPeer", "s01", ["s02", "s03", "s04"], { title: "Группа подготовки к олимпиаде по математике" }),
    // МОАУ «СОШ №24 г. Орска»: home schooling teachers; one pair ended when the mentee left.
    p("orsk-24", 2026, 1, "ttYoung", "t01", ["t02"]),
    p("orsk-24", 2026, 2, "ttYoung", "t03", ["t04"], {
      terminated: ["2026-10-15", "Наставляемый уволился по собственному желанию в связи с переездом (приказ № 61-к от 14.10.2026)"],
    }),
    p("novotroitsk-15", 2026, 1, "ttYoung", "t01", ["t02"]),
    p("novotroitsk-15", 2026, 2, "ttYoung", "t03", ["t04"], { activity: "stale" }),
    p("novotroitsk-15", 2026, 3, "ssAdaptation", "s01", ["s02"]),
    p("inya", 2026, 1, "ttSubject", "t01", ["t02"]),
    p("pavlovsky-1", 2026, 1, "ttYoung", "t01", ["t02"]),
    p("pavlovsky-1", 2026, 2, "ttYoung", "t03", ["t04"]),
    p("pavlovsky-1", 2026, 3, "esFuture", "e01", ["s01", "s02", "s03"], { title: "Агрокласс: профессии агропромышленного комплекса", order: ["№ 322", "2026-09-29"], starts: "2026-10-01" }),
    p("pavlovsky-1", 2026, 4, "tsGifted", "t05", ["s04"]),
    p("pavlovsky-2", 2026, 1, "ttYoung", "t01", ["t02"]),
    p("pavlovsky-2", 2026, 2, "ssAchiever", "s01", ["s02"], { activity: "stale" }),
    p("pavlovsky-2", 2026, 3, "ssAchiever", "s03", ["s04"], {
      terminated: ["2026-11-06", "Обучающийся переведён в другую образовательную организацию (заявление родителей от 02.11.2026)"],
    }),
  ];
  for (const [slug, pairs] of TT_SIMPLE) {
    pairs.forEach(([mentor, mentee, activity], i) => list.push(p(slug, 2026, i + 1, "ttYoung", mentor, [mentee], { activity })));
  }
  for (let i = 0; i < 5; i++) {
    const mentor = `t${pad(2 * i + 1)}`;
    const mentee = `t${pad(2 * i + 2)}`;
    list.push(p("tenga", 2026, i + 1, "ttYoung", mentor, [mentee], { compat: TENGA_COMPAT[i] }));
    list.push(p("tenga", 2025, i + 1, "ttYoung", mentor, [mentee], { compat: TENGA_COMPAT[i] }));
  }
  // Гимназия №45: 40 mutual visits over 15 pairs (10 pairs × 3 + 5 pairs × 2).
  const rng = createRng("pairs:gym45");
  GYM45_PAIRS.forEach(([mentor, mentee, model], i) =>
    list.push(p("perm-gym45", 2026, i + 1, model, mentor, [mentee], { compat: rng.int(68, 97), visits: i < 10 ? 3 : 2 })),
  );
  return list;
}

export function buildPairs(people: People) {
  const pairs: Pair[] = [];
  const mentoringPairs: Prisma.MentoringPairCreateManyInput[] = [];
  const pairMentees: Prisma.PairMenteeCreateManyInput[] = [];
  const load = new Map<string, number>();
  const activeByForm = new Set<string>();

  for (const spec of specs()) {
    const info = school(spec.slug);
    const form = modelForm(spec.model);
    const kinds = formKinds(form);
    const mentor = people.get(spec.slug, spec.mentor);
    const mentees = spec.mentees.map((key) => people.get(spec.slug, key));
    const [defaultNumber, defaultDate, defaultStart] = ORDERS[`${spec.slug}/${spec.year}`];
    const [orderNumber, orderDate] = spec.order ?? [defaultNumber, defaultDate];
    const startsOn = day(spec.starts ?? defaultStart);
    const plannedEndOn = day(spec.year === 2025 ? "2026-05-29" : "2027-05-31");
    const status: Status = spec.terminated ? "TERMINATED" : spec.year === 2025 ? "COMPLETED" : "ACTIVE";
    const endedOn = spec.terminated ? day(spec.terminated[0]) : status === "COMPLETED" ? plannedEndOn : null;
    const id = `seed-pair-${spec.slug}-${spec.year}-${pad(spec.n)}`;

    if (!kinds.mentor.includes(mentor.kind)) throw new Error(`${id}: mentor kind ${mentor.kind} does not fit ${form}`);
    for (const mentee of mentees) {
      if (!kinds.mentee.includes(mentee.kind)) throw new Error(`${id}: mentee kind ${mentee.kind} does not fit ${form}`);
      if (mentee.id === mentor.id) throw new Error(`${id}: a mentor cannot mentor themselves`);
    }
    for (const person of [mentor, ...mentees]) {
      const row = people.rows.find((r) => r.id === person.id)!;
      if (row.isMinor && !row.consentGiven) throw new Error(`${id}: ${person.id} is a minor without consent`);
    }
    if (status === "ACTIVE") {
      const current = (load.get(mentor.id) ?? 0) + mentees.length;
      if (current > 3) throw new Error(`${id}: mentor load ${current} exceeds 3`);
      load.set(mentor.id, current);
      for (const mentee of mentees) {
        const key = `${mentee.id}/${form}`;
        if (activeByForm.has(key)) throw new Error(`${id}: ${mentee.id} already has an active pair in ${form}`);
        activeByForm.add(key);
      }
    }

    const scope = { regionId: info.regionId, municipalityId: info.municipalityId, schoolId: info.schoolId };
    pairs.push({
      id, school: info, year: spec.year, form, model: spec.model, mentor, mentees, isGroup: mentees.length > 1,
      startsOn, plannedEndOn, endedOn, status, activity: spec.activity ?? "normal", visits: spec.visits,
    });
    mentoringPairs.push({
      id,
      ...scope,
      academicYearId: yearId(spec.year),
      programId: `seed-program-${spec.slug}-${spec.year}`,
      formId: formId(form),
      modelId: modelId(spec.model),
      mentorId: mentor.id,
      isGroup: mentees.length > 1,
      title: spec.title ?? null,
      startsOn,
      plannedEndOn,
      endedOn,
      status,
      terminationReason: spec.terminated?.[1] ?? null,
      orderNumber,
      orderDate: day(orderDate),
      compatibilityScore: spec.compat ?? null,
      ...stamped(at(orderDate, "14:00", info.tz)),
    });
    mentees.forEach((mentee, i) =>
      pairMentees.push({
        id: `seed-pm-${spec.slug}-${spec.year}-${pad(spec.n)}-${i + 1}`,
        ...scope,
        pairId: id,
        mentorId: mentor.id,
        formId: formId(form),
        pairStatus: status,
        menteeId: mentee.id,
        joinedOn: startsOn,
        leftOn: endedOn,
        createdAt: at(orderDate, "14:00", info.tz),
      }),
    );
  }
  return { pairs, mentoringPairs, pairMentees };
}
