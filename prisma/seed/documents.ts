// Required documents: the platform set of eight (DESIGN.md), a municipal requirement with a due date
// (Павловский район, seed 004), and each school's documents with versions and review status.
import type { Prisma } from "../../lib/generated/prisma/client";
import { curatorOf, reviewerOf, USER } from "./accounts";
import type { FileSpec } from "./files";
import { MUNICIPALITIES, REGION, school, yearId, yearTitle, type YearKey } from "./hierarchy";
import { orderOf } from "./pairs";
import { ROSTERS } from "./rosters";
import { addDays, at, createRng, day, isoDate, LAUNCH, stamped, TODAY, type Rng } from "./util";

const REQUIREMENTS = [
  ["REGULATION", "Положение о наставничестве", "STANDING", "Локальный акт об организации наставничества, утверждённый приказом руководителя образовательной организации."],
  ["ORDER_ADOPTION", "Приказ о внедрении целевой модели наставничества", "STANDING", "Приказ руководителя о внедрении целевой модели наставничества в образовательной организации."],
  ["ORDER_CURATOR", "Приказ о назначении куратора", "PER_YEAR", "Приказ о назначении куратора (кураторов) внедрения целевой модели наставничества на учебный год."],
  ["PROGRAM", "Программа наставничества", "PER_YEAR", "Программа наставничества образовательной организации на учебный год."],
  ["ROADMAP", "Дорожная карта (план реализации) целевой модели наставничества", "PER_YEAR", "План мероприятий по этапам реализации программы: сроки и ответственные."],
  ["ORDER_PAIRS", "Приказ о закреплении наставнических пар (групп)", "PER_YEAR", "Приказ о закреплении наставнических пар и групп на учебный год."],
  ["COUNCIL_MINUTES", "Протокол педагогического совета", "PER_YEAR", "Протокол заседания педагогического совета о рассмотрении программы наставничества."],
  ["ORDER_FINAL_EVENT", "Приказ о проведении итогового мероприятия", "PER_YEAR", "Приказ о проведении итогового мероприятия программы наставничества."],
] as const;

type Code = (typeof REQUIREMENTS)[number][0];

const requirementId = (code: string) => `seed-req-${code.toLowerCase().replaceAll("_", "-")}`;
const WEBSITE_REQUIREMENT = "seed-req-pavlovsky-website-section";
const TEMPLATE_FILE = "seed-file-template-regulation";

/**
 * Status per requirement, in the order of REQUIREMENTS: A accepted, U uploaded (waiting for review),
 * R returned with a comment, 2 accepted in a second version, u second version uploaded after a return,
 * - missing.
 */
const PATTERNS: Record<string, string> = {
  "orsk-51": "2AAARUAA",
  "orsk-gym2": "AAAAAAAA",
  "orsk-24": "AAU-----",
  "novotroitsk-15": "AAAuU-U-",
  ongudai: "AAAAAA--",
  elo: "AAAAUAA-",
  tenga: "AAAAAAA-",
  tuekta: "AAAU----",
  karakol: "AAAA-U--",
  shashikman: "AAAAA---",
  inya: "AAAAAAU-",
  "perm-gym45": "AAAAAAUU",
  "pavlovsky-1": "AAAAAU--",
  "pavlovsky-2": "AUA-----",
  "pavlovsky-10": "U-------",
};
const LAST_YEAR_PATTERNS: Record<string, string> = { "orsk-51": "--AAAAAA", tenga: "--AAAAA-" };

const RETURN_COMMENT = "В дорожной карте не указаны ответственные и сроки по этапу «Формирование базы наставников». Исправьте и загрузите новую версию.";

export function buildDocuments() {
  const documentRequirements: Prisma.DocumentRequirementCreateManyInput[] = REQUIREMENTS.map(([code, title, period, description], index) => ({
    id: requirementId(code),
    level: "PLATFORM",
    code,
    title,
    description,
    period,
    templateFileId: code === "REGULATION" ? TEMPLATE_FILE : null,
    sortOrder: (index + 1) * 10,
    createdById: USER.admin,
    ...stamped(LAUNCH),
  }));
  documentRequirements.push({
    id: WEBSITE_REQUIREMENT,
    level: "MUNICIPALITY",
    regionId: REGION.krasnodar,
    municipalityId: MUNICIPALITIES.pavlovsky.id,
    code: "WEBSITE_SECTION",
    title: "Раздел «Целевая модель наставничества» на официальном сайте",
    description: "Резолюция муниципальной конференции от 13.11.2026: создать на официальном сайте образовательной организации специальный раздел «Целевая модель наставничества». Загрузите скриншот раздела с адресом страницы.",
    period: "PER_YEAR",
    academicYearId: yearId(2026),
    dueOn: day("2026-12-09"),
    sortOrder: 100,
    createdById: USER.pavlovsky,
    ...stamped(at("2026-11-16", "09:30", "+03:00")),
  });

  const documents: Prisma.DocumentCreateManyInput[] = [];
  const documentVersions: Prisma.DocumentVersionCreateManyInput[] = [];
  const files: FileSpec[] = [
    { id: TEMPLATE_FILE, key: "seed/template-regulation.pdf", originalName: "Типовое положение о наставничестве (шаблон).pdf", scope: { regionId: null, municipalityId: null, schoolId: null }, uploadedById: USER.admin, createdAt: at("2026-08-20", "10:00", "+03:00") },
  ];

  const add = (slug: string, year: YearKey, code: Code | "WEBSITE_SECTION", mark: string, rng: Rng) => {
    const info = school(slug);
    const scope = { regionId: info.regionId, municipalityId: info.municipalityId, schoolId: info.schoolId };
    const standing = code === "REGULATION" || code === "ORDER_ADOPTION";
    const id = `seed-doc-${slug}-${code.toLowerCase().replaceAll("_", "-")}${standing ? "" : `-${year}`}`;
    const requirement = code === "WEBSITE_SECTION" ? WEBSITE_REQUIREMENT : requirementId(code);
    const title = code === "WEBSITE_SECTION" ? "Скриншот раздела «Целевая модель наставничества»" : REQUIREMENTS.find((r) => r[0] === code)![1];
    const { number, issuedOn } = numberAndDate(rng, slug, year, code, mark);
    const platformSince = ROSTERS[slug]?.since2025 ? day("2025-09-08") : day("2026-09-03");
    const firstUpload = maxDate(addDays(issuedOn, rng.int(1, 4)), addDays(platformSince, rng.int(0, 6)));
    // "2": the old edition was uploaded when the school joined the platform, the new one after its order.
    const uploads =
      mark === "2" ? [addDays(platformSince, 2), addDays(issuedOn, 2)] : mark === "u" ? [firstUpload, day("2026-11-18")] : [firstUpload];
    const last = uploads[uploads.length - 1];
    const reviewed = mark === "A" || mark === "2" || mark === "R";
    const reviewedAt = reviewed ? minDate(addDays(last, rng.int(2, 9)), addDays(TODAY, -1)) : null;
    const uploader = curatorOf(info.schoolId);
    const moment = (date: Date, time: string) => at(isoDate(date), time, info.tz);

    documents.push({
      id,
      ...scope,
      requirementId: requirement,
      academicYearId: standing ? null : yearId(year),
      status: mark === "R" ? "RETURNED" : reviewed ? "ACCEPTED" : "UPLOADED",
      number,
      issuedOn,
      uploadedById: uploader,
      reviewedById: reviewed ? reviewerOf(info.municipalityId, info.regionId) : null,
      reviewedAt: reviewedAt ? moment(reviewedAt, "11:20") : null,
      reviewComment: mark === "R" ? RETURN_COMMENT : null,
      version: uploads.length,
      createdAt: moment(uploads[0], "10:15"),
      updatedAt: reviewedAt ? moment(reviewedAt, "11:20") : moment(last, "10:15"),
    });
    uploads.forEach((uploadedOn, index) => {
      const versionNo = index + 1;
      const fileId = `seed-file-doc-${id.replace(/^seed-doc-/, "")}-v${versionNo}`;
      files.push({
        id: fileId,
        key: `seed/${id}-v${versionNo}.pdf`,
        originalName: `${title}${standing || code === "WEBSITE_SECTION" ? "" : ` ${yearTitle(year)}`}${versionNo > 1 ? ` (ред. ${versionNo})` : ""}.pdf`,
        scope,
        uploadedById: uploader,
        createdAt: moment(uploadedOn, "10:15"),
      });
      documentVersions.push({ id: `${id}-v${versionNo}`, documentId: id, schoolId: info.schoolId, versionNo, fileId, uploadedById: uploader, createdAt: moment(uploadedOn, "10:15") });
    });
  };

  for (const [slug, pattern] of Object.entries(PATTERNS)) {
    const rng = createRng(`documents:${slug}`);
    [...pattern].forEach((mark, index) => {
      if (mark !== "-") add(slug, 2026, REQUIREMENTS[index][0], mark, rng);
    });
    const lastYear = LAST_YEAR_PATTERNS[slug];
    if (lastYear) [...lastYear].forEach((mark, index) => mark !== "-" && add(slug, 2025, REQUIREMENTS[index][0], mark, rng));
  }
  add("pavlovsky-1", 2026, "WEBSITE_SECTION", "A", createRng("documents:website"));

  return { documentRequirements, documents, documentVersions, files };
}

/** Orders of 31 August (curator, program, roadmap) follow each other in the order register. */
const AUGUST_ORDERS: Partial<Record<Code | "WEBSITE_SECTION", number>> = { ORDER_CURATOR: 0, PROGRAM: 1, ROADMAP: 2 };

function numberAndDate(rng: Rng, slug: string, year: YearKey, code: Code | "WEBSITE_SECTION", mark: string): { number: string | null; issuedOn: Date } {
  const orderNo = () => `№ ${rng.int(40, 260)}-о`;
  const august = AUGUST_ORDERS[code];
  if (august !== undefined) {
    const base = createRng(`orders:${slug}:${year}`).int(120, 180);
    return { number: `№ ${base + august}-о`, issuedOn: day(`${year}-08-31`) };
  }
  switch (code) {
    case "REGULATION":
      return mark === "2" ? { number: "№ 189-о", issuedOn: day(`${year}-08-31`) } : { number: orderNo(), issuedOn: day(`2021-01-${rng.int(11, 29)}`) };
    case "ORDER_ADOPTION":
      return { number: orderNo(), issuedOn: day(`2020-${rng.pick(["09", "10", "12"])}-${rng.int(10, 28)}`) };
    case "ORDER_PAIRS": {
      const [number, date] = orderOf(slug, year) ?? [orderNo(), `${year}-09-15`];
      return { number, issuedOn: day(date) };
    }
    case "COUNCIL_MINUTES":
      return { number: "Протокол № 1", issuedOn: day(`${year}-08-28`) };
    case "ORDER_FINAL_EVENT":
      return { number: orderNo(), issuedOn: year === 2025 ? day("2026-05-05") : day(`2026-11-${rng.int(10, 16)}`) };
    case "WEBSITE_SECTION":
      return { number: null, issuedOn: day("2026-11-20") };
    default:
      throw new Error(`No number for ${code}`);
  }
}

function maxDate(a: Date, b: Date): Date {
  return a > b ? a : b;
}

function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}
