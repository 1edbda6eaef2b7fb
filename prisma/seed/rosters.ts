// Who is in each school's mentor and mentee bases. Names not given here are invented by NameBook.
import { ORG } from "./hierarchy";
import type { FullName, Gender, NamePool } from "./names";
import { DEMO_MENTEE_NAME, DEMO_MENTOR_NAME, USER } from "./accounts";

export const SUBJECTS = {
  math: { position: "учитель математики", subjects: ["Математика", "Алгебра", "Геометрия"] },
  informatics: { position: "учитель информатики", subjects: ["Информатика"] },
  russian: { position: "учитель русского языка и литературы", subjects: ["Русский язык", "Литература"] },
  english: { position: "учитель английского языка", subjects: ["Английский язык"] },
  history: { position: "учитель истории и обществознания", subjects: ["История", "Обществознание"] },
  biology: { position: "учитель биологии", subjects: ["Биология"] },
  chemistry: { position: "учитель химии", subjects: ["Химия"] },
  physics: { position: "учитель физики", subjects: ["Физика"] },
  geography: { position: "учитель географии", subjects: ["География"] },
  primary: { position: "учитель начальных классов", subjects: ["Русский язык", "Литературное чтение", "Математика", "Окружающий мир"] },
  pe: { position: "учитель физической культуры", subjects: ["Физическая культура"] },
  music: { position: "учитель музыки", subjects: ["Музыка"] },
  art: { position: "учитель изобразительного искусства", subjects: ["Изобразительное искусство"] },
  altai: { position: "учитель алтайского языка и литературы", subjects: ["Алтайский язык", "Алтайская литература"] },
  home: { position: "учитель надомного обучения", subjects: ["Русский язык", "Математика", "Окружающий мир"] },
} as const;

export type SubjectKey = keyof typeof SUBJECTS;

/** mentor / mentee: takes part in a pair; *Base: only in the base (not paired now). */
export type BaseRole = "mentor" | "mentee" | "mentorBase" | "menteeBase";

export type TeacherRow = {
  key: string;
  subject: SubjectKey;
  exp: number;
  role: BaseRole;
  hired?: string;
  name?: FullName;
  gender?: Gender;
  userId?: string;
  email?: string;
  archivedOn?: string;
};
export type StudentRow = { key: string; className: string; role: BaseRole; consent?: boolean; consentOn?: string; gender?: Gender; archivedOn?: string };
export type CollegeRow = { key: string; group: string; org: string; role: BaseRole };
export type EmployerRow = { key: string; org: string; position: string; role: BaseRole };

export type Roster = {
  pool: NamePool;
  /** the school already worked in 2025–2026: its base was formed then */
  since2025?: boolean;
  teachers: TeacherRow[];
  students?: StudentRow[];
  college?: CollegeRow[];
  employers?: EmployerRow[];
};

const t = (key: string, subject: SubjectKey, exp: number, role: BaseRole, extra: Partial<TeacherRow> = {}): TeacherRow => ({ key, subject, exp, role, ...extra });
const s = (key: string, className: string, role: BaseRole, extra: Partial<StudentRow> = {}): StudentRow => ({ key, className, role, ...extra });

/** Гимназия №45: 12 mentors and 15 mentees = 27 participants, 15 pairs (seed 002). */
export const GYM45_PAIRS: ReadonlyArray<readonly [mentor: string, mentee: string, model: "ttYoung" | "ttNewcomer" | "ttExchange"]> = [
  ["m01", "y01", "ttYoung"], ["m01", "y02", "ttYoung"], ["m02", "y03", "ttYoung"], ["m02", "y04", "ttYoung"],
  ["m03", "y05", "ttYoung"], ["m03", "y06", "ttYoung"], ["m04", "y07", "ttYoung"], ["m05", "y08", "ttYoung"],
  ["m06", "y09", "ttYoung"], ["m07", "y10", "ttNewcomer"], ["m08", "y11", "ttNewcomer"], ["m09", "y12", "ttNewcomer"],
  ["m10", "y13", "ttExchange"], ["m11", "y14", "ttExchange"], ["m12", "y15", "ttExchange"],
];

export const ROSTERS: Record<string, Roster> = {
  "orsk-51": {
    pool: "general",
    since2025: true,
    teachers: [
      t("t01", "math", 24, "mentor", { name: DEMO_MENTOR_NAME, gender: "f", hired: "2005-08-29", userId: USER.mentor, email: "mentor@nastavnik.example" }),
      t("t02", "informatics", 1, "mentee", { name: DEMO_MENTEE_NAME, gender: "m", hired: "2025-08-27", userId: USER.mentee, email: "mentee@nastavnik.example" }),
      t("t03", "math", 2, "mentee", { hired: "2024-08-28" }),
      t("t04", "russian", 19, "mentor"),
      t("t05", "english", 12, "mentee", { hired: "2026-08-28" }),
      t("t06", "primary", 27, "mentor"),
      t("t07", "primary", 0, "mentee", { hired: "2026-08-26" }),
      t("t08", "primary", 1, "mentee", { hired: "2025-08-25" }),
      t("t09", "history", 21, "mentor"),
      t("t10", "physics", 8, "mentee"),
      t("t11", "biology", 16, "mentor"),
      t("t12", "chemistry", 3, "menteeBase", { hired: "2023-08-28" }),
      t("t13", "geography", 30, "mentorBase"),
      t("t14", "english", 0, "menteeBase", { hired: "2026-09-01" }),
    ],
    students: [
      s("s01", "8А", "mentee"), s("s02", "8А", "mentee"), s("s03", "8Б", "mentee"),
      s("s04", "10А", "mentor"), s("s05", "7Б", "mentee", { consentOn: "2025-09-05" }),
      s("s06", "11Б", "mentor", { consentOn: "2025-09-05" }), s("s07", "8В", "mentee"), s("s08", "8В", "mentee"),
      s("s09", "9Б", "mentee"), s("s10", "9А", "mentee"), s("s11", "9А", "mentee"),
      s("s12", "7В", "menteeBase", { consent: false }), s("s13", "5А", "menteeBase", { consent: false }),
    ],
    college: [
      { key: "c01", group: "ТМ-31", org: ORG.orskCollege, role: "mentor" },
      { key: "c02", group: "ЭМ-21", org: ORG.orskCollege, role: "mentorBase" },
    ],
    employers: [{ key: "e01", org: ORG.orskEmployer, position: "инженер-конструктор", role: "mentor" }],
  },
  "orsk-gym2": {
    pool: "general",
    teachers: [
      t("t01", "russian", 26, "mentor"), t("t02", "history", 11, "mentee"),
      t("t03", "english", 7, "mentor"), t("t04", "math", 29, "mentee"),
      t("t05", "chemistry", 18, "mentor"), t("t06", "biology", 1, "mentee", { hired: "2025-08-29" }),
      t("t07", "physics", 22, "mentorBase"), t("t08", "primary", 2, "menteeBase"),
    ],
    students: [s("s01", "10Б", "mentor"), s("s02", "8А", "mentee"), s("s03", "8А", "mentee"), s("s04", "8Б", "mentee")],
  },
  "orsk-24": {
    pool: "general",
    teachers: [
      t("t01", "home", 18, "mentor"), t("t02", "home", 2, "mentee"),
      t("t03", "math", 23, "mentor"), t("t04", "russian", 1, "mentee", { archivedOn: "2026-10-16" }),
      t("t05", "pe", 14, "mentorBase"),
    ],
  },
  "novotroitsk-15": {
    pool: "general",
    teachers: [
      t("t01", "primary", 20, "mentor"), t("t02", "primary", 1, "mentee"),
      t("t03", "russian", 17, "mentor"), t("t04", "english", 0, "mentee", { hired: "2026-08-27" }),
    ],
    students: [s("s01", "9А", "mentor"), s("s02", "5Б", "mentee")],
  },
  ongudai: {
    pool: "altai",
    teachers: [
      t("t01", "russian", 22, "mentor"), t("t02", "math", 1, "mentee"),
      t("t03", "altai", 25, "mentor"), t("t04", "primary", 2, "mentee"),
      t("t05", "history", 15, "mentorBase"),
    ],
  },
  elo: {
    pool: "altai",
    teachers: [
      t("t01", "primary", 28, "mentor"), t("t02", "primary", 0, "mentee"), t("t03", "primary", 1, "mentee"),
      t("t04", "math", 17, "mentor"), t("t05", "physics", 2, "mentee"),
      t("t06", "russian", 21, "mentor"), t("t07", "english", 1, "mentee"),
      t("t08", "biology", 13, "mentor"), t("t09", "geography", 0, "mentee"),
    ],
  },
  tenga: {
    pool: "altai",
    since2025: true,
    teachers: [
      t("t01", "russian", 24, "mentor"), t("t02", "russian", 2, "mentee"),
      t("t03", "history", 20, "mentor"), t("t04", "history", 2, "mentee"),
      t("t05", "informatics", 14, "mentor"), t("t06", "math", 1, "mentee"),
      t("t07", "geography", 19, "mentor"), t("t08", "biology", 2, "mentee"),
      t("t09", "primary", 26, "mentor"), t("t10", "primary", 2, "mentee"),
    ],
  },
  tuekta: {
    pool: "altai",
    teachers: [t("t01", "primary", 21, "mentor"), t("t02", "primary", 1, "mentee"), t("t03", "math", 9, "mentorBase")],
  },
  karakol: {
    pool: "altai",
    teachers: [
      t("t01", "math", 25, "mentor"), t("t02", "math", 1, "mentee"),
      t("t03", "russian", 18, "mentor"), t("t04", "english", 2, "mentee"),
      t("t05", "chemistry", 12, "mentor"), t("t06", "biology", 0, "mentee"), t("t07", "physics", 1, "mentee"),
    ],
  },
  shashikman: {
    pool: "altai",
    teachers: [
      t("t01", "primary", 23, "mentor"), t("t02", "primary", 1, "mentee"),
      t("t03", "altai", 19, "mentor"), t("t04", "altai", 2, "mentee"),
    ],
  },
  inya: {
    pool: "altai",
    teachers: [t("t01", "primary", 30, "mentor"), t("t02", "primary", 0, "mentee"), t("t03", "math", 10, "mentorBase")],
  },
  "perm-gym45": {
    pool: "general",
    teachers: [
      t("m01", "english", 25, "mentor"), t("m02", "russian", 22, "mentor"), t("m03", "math", 19, "mentor"),
      t("m04", "chemistry", 17, "mentor"), t("m05", "physics", 28, "mentor"), t("m06", "history", 14, "mentor"),
      t("m07", "biology", 21, "mentor"), t("m08", "primary", 30, "mentor"), t("m09", "informatics", 12, "mentor"),
      t("m10", "geography", 24, "mentor"), t("m11", "english", 16, "mentor"), t("m12", "pe", 18, "mentor"),
      t("y01", "english", 1, "mentee"), t("y02", "english", 0, "mentee"), t("y03", "russian", 2, "mentee"),
      t("y04", "russian", 1, "mentee"), t("y05", "math", 0, "mentee"), t("y06", "math", 2, "mentee"),
      t("y07", "chemistry", 1, "mentee"), t("y08", "physics", 2, "mentee"), t("y09", "history", 1, "mentee"),
      t("y10", "biology", 9, "mentee", { hired: "2026-08-24" }), t("y11", "primary", 14, "mentee", { hired: "2026-08-25" }),
      t("y12", "informatics", 6, "mentee", { hired: "2026-08-27" }),
      t("y13", "geography", 5, "mentee"), t("y14", "english", 7, "mentee"), t("y15", "pe", 4, "mentee"),
    ],
  },
  "pavlovsky-1": {
    pool: "kuban",
    teachers: [
      t("t01", "math", 21, "mentor"), t("t02", "math", 1, "mentee"),
      t("t03", "primary", 17, "mentor"), t("t04", "primary", 0, "mentee"),
      t("t05", "biology", 15, "mentor"), t("t06", "chemistry", 2, "menteeBase"),
    ],
    students: [s("s01", "10А", "mentee"), s("s02", "10А", "mentee"), s("s03", "10Б", "mentee"), s("s04", "9А", "mentee")],
    employers: [{ key: "e01", org: ORG.pavlovskyAgro, position: "главный агроном", role: "mentor" }],
  },
  "pavlovsky-2": {
    pool: "kuban",
    teachers: [t("t01", "russian", 19, "mentor"), t("t02", "russian", 1, "mentee"), t("t03", "history", 11, "mentorBase")],
    students: [
      s("s01", "9Б", "mentor"), s("s02", "6А", "mentee"),
      s("s03", "10А", "mentor"), s("s04", "7А", "mentee", { archivedOn: "2026-11-09" }),
      s("s05", "6Б", "menteeBase", { consent: false }),
    ],
  },
  "pavlovsky-10": {
    pool: "kuban",
    teachers: [t("t01", "math", 26, "mentorBase"), t("t02", "primary", 1, "menteeBase"), t("t03", "russian", 0, "menteeBase", { hired: "2026-08-31" })],
    students: [s("s01", "9А", "mentorBase"), s("s02", "5А", "menteeBase")],
  },
};
