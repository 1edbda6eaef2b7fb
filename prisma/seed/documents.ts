// Required documents: the platform set of eight (DESIGN.md), municipal requirements with a due date
// (Павловский район, seed 004; г. Орск), and each school's documents with versions. The review
// decision is kept per version (as lib/documents writes it): an earlier version keeps the decision
// taken on it, the document mirrors its current version.
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
  ["ORDER_CURATOR", "Приказ о назначении куратора внедрения целевой модели наставничества", "PER_YEAR", "Приказ о назначении куратора (кураторов) внедрения целевой модели наставничества на учебный год."],
  ["PROGRAM", "Программа наставничества", "PER_YEAR", "Программа наставничества образовательной организации на учебный год."],
  ["ROADMAP", "Дорожная карта (план реализации) целевой модели наставничества", "PER_YEAR", "План мероприятий по этапам реализации программы: сроки и ответственные."],
  ["ORDER_PAIRS", "Приказ о закреплении наставнических пар (групп)", "PER_YEAR", "Приказ о закреплении наставнических пар и групп на учебный год."],
  ["COUNCIL_MINUTES", "Протокол педагогического совета", "PER_YEAR", "Протокол заседания педагогического совета о рассмотрении программы наставничества."],
  ["ORDER_FINAL_EVENT", "Приказ о проведении итогового мероприятия", "PER_YEAR", "Приказ о проведении итогового мероприятия программы наставничества."],
] as const;

type Code = (typeof REQUIREMENTS)[number][0];

const requirementId = (code: string) => `seed-req-${code.toLowerCase().replaceAll("_", "-")}`;
const WEBSITE_REQUIREMENT = "seed-req-pavlovsky-website-section";
const MONITORING_REQUIREMENT = "seed-req-orsk-monitoring-autumn";

/** The municipalities' own requirements (code → requirement and the title its files carry). */
const MUNICIPAL: Record<string, { requirementId: string; fileTitle: string }> = {
  WEBSITE_SECTION: { requirementId: WEBSITE_REQUIREMENT, fileTitle: "Скриншот раздела «Целевая модель наставничества»" },
  MONITORING_AUTUMN: { requirementId: MONITORING_REQUIREMENT, fileTitle: "Справка о реализации целевой модели наставничества (осенний мониторинг)" },
};
type MunicipalCode = "WEBSITE_SECTION" | "MONITORING_AUTUMN";
const TEMPLATE_FILE = "seed-file-template-regulation";

/**
 * Status per requirement, in the order of REQUIREMENTS: A accepted, U uploaded (waiting for review),
 * R returned with a comment, 2 accepted in a second version, u second version uploaded after a return,
 * - missing.
 */
const PATTERNS: Record<string, string> = {
  // The final event of 2026–2027 is in May: its order is not issued yet.
  "orsk-51": "2AAARUA-",
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
/** The comment on the first version of a document the school has since corrected ("u"). */
const CORRECTED_COMMENT = "Нет подписи руководителя и печати образовательной организации. Загрузите подписанный скан.";
/** Orsk's autumn monitoring: one school accepted, one waiting, СОШ №51 has not sent it (overdue). */
const MONITORING: Record<string, string> = { "orsk-gym2": "A", "orsk-24": "U" };

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

  documentRequirements.push({
    id: MONITORING_REQUIREMENT,
    level: "MUNICIPALITY",
    regionId: REGION.orenburg,
    municipalityId: MUNICIPALITIES.orsk.id,
    code: "MONITORING_AUTUMN",
    title: "Справка о реализации целевой модели наставничества (осенний мониторинг)",
    description: "По итогам I четверти: число наставнических пар по формам, проведённые мероприятия, трудности. Подписанная руководителем справка — для городского методического объединения наставников.",
    period: "PER_YEAR",
    academicYearId: yearId(2026),
    dueOn: day("2026-11-13"),
    sortOrder: 110,
    createdById: USER.municipality,
    ...stamped(at("2026-10-26", "10:00", "+05:00")),
  });

  const documents: Prisma.DocumentCreateManyInput[] = [];
  const documentVersions: Prisma.DocumentVersionCreateManyInput[] = [];
  const files: FileSpec[] = [
    { id: TEMPLATE_FILE, key: "seed/template-regulation.pdf", originalName: "Типовое положение о наставничестве (шаблон).pdf", scope: { regionId: null, municipalityId: null, schoolId: null }, uploadedById: USER.admin, createdAt: at("2026-08-20", "10:00", "+03:00") },
  ];

  const add = (slug: string, year: YearKey, code: Code | MunicipalCode, mark: string, rng: Rng) => {
    const info = school(slug);
    const scope = { regionId: info.regionId, municipalityId: info.municipalityId, schoolId: info.schoolId };
    const standing = code === "REGULATION" || code === "ORDER_ADOPTION";
    const municipal = MUNICIPAL[code];
    const id = `seed-doc-${slug}-${code.toLowerCase().replaceAll("_", "-")}${standing ? "" : `-${year}`}`;
    const requirement = municipal ? municipal.requirementId : requirementId(code);
    const title = municipal ? municipal.fileTitle : REQUIREMENTS.find((r) => r[0] === code)![1];
    const { number, issuedOn } = numberAndDate(rng, slug, year, code, mark);
    const platformSince = ROSTERS[slug]?.since2025 ? day("2025-09-08") : day("2026-09-03");
    const firstUpload = maxDate(addDays(issuedOn, rng.int(1, 4)), addDays(platformSince, rng.int(0, 6)));
    // "2": the old edition was uploaded when the school joined the platform, the new one after its order.
    const uploads =
      mark === "2" ? [addDays(platformSince, 2), addDays(issuedOn, 2)] : mark === "u" ? [firstUpload, day("2026-11-18")] : [firstUpload];
    const last = uploads[uploads.length - 1];
    const reviewer = reviewerOf(info.municipalityId, info.regionId);
    const uploader = curatorOf(info.schoolId);
    const moment = (date: Date, time: string) => at(isoDate(date), time, info.tz);
    const reviewedOn = (uploadedOn: Date, latest: Date) => minDate(addDays(uploadedOn, rng.int(2, 9)), latest);

    // Each version with the decision taken on it; the current (last) one decides the document.
    const versions = uploads.map((uploadedOn, index) => {
      const isLast = index === uploads.length - 1;
      const edition = mark === "2" && !isLast ? { number: "№ 64-о", issuedOn: day("2021-01-18") } : { number, issuedOn };
      let review: { status: "UPLOADED" | "ACCEPTED" | "RETURNED"; at: Date | null; comment: string | null };
      if (!isLast) {
        // An earlier version: accepted in its time ("2"), or returned and then corrected ("u").
        const at = reviewedOn(uploadedOn, addDays(uploads[index + 1], -1));
        review = mark === "u" ? { status: "RETURNED", at, comment: CORRECTED_COMMENT } : { status: "ACCEPTED", at, comment: null };
      } else if (mark === "A" || mark === "2") {
        review = { status: "ACCEPTED", at: reviewedOn(uploadedOn, addDays(TODAY, -1)), comment: null };
      } else if (mark === "R") {
        review = { status: "RETURNED", at: reviewedOn(uploadedOn, addDays(TODAY, -1)), comment: RETURN_COMMENT };
      } else {
        review = { status: "UPLOADED", at: null, comment: null };
      }
      return { uploadedOn, versionNo: index + 1, ...edition, review };
    });
    const current = versions[versions.length - 1];
    const decided = current.review.at ? current.review : null;

    documents.push({
      id,
      ...scope,
      requirementId: requirement,
      academicYearId: standing ? null : yearId(year),
      status: current.review.status,
      number,
      issuedOn,
      uploadedById: uploader,
      reviewedById: decided ? reviewer : null,
      reviewedAt: decided ? moment(decided.at!, "11:20") : null,
      reviewComment: decided?.comment ?? null,
      // Every upload and every decision moved the optimistic lock on, as lib/documents does.
      version: versions.length + versions.filter((v) => v.review.at).length,
      createdAt: moment(uploads[0], "10:15"),
      updatedAt: decided ? moment(decided.at!, "11:20") : moment(last, "10:15"),
    });
    for (const version of versions) {
      const fileId = `seed-file-doc-${id.replace(/^seed-doc-/, "")}-v${version.versionNo}`;
      files.push({
        id: fileId,
        key: `seed/${id}-v${version.versionNo}.pdf`,
        originalName: `${title}${standing || municipal ? "" : ` ${yearTitle(year)}`}${version.versionNo > 1 ? ` (ред. ${version.versionNo})` : ""}.pdf`,
        scope,
        uploadedById: uploader,
        createdAt: moment(version.uploadedOn, "10:15"),
      });
      documentVersions.push({
        id: `${id}-v${version.versionNo}`,
        documentId: id,
        schoolId: info.schoolId,
        versionNo: version.versionNo,
        fileId,
        number: version.number,
        issuedOn: version.issuedOn,
        uploadedById: uploader,
        createdAt: moment(version.uploadedOn, "10:15"),
        reviewStatus: version.review.status,
        reviewComment: version.review.comment,
        reviewedById: version.review.at ? reviewer : null,
        reviewedAt: version.review.at ? moment(version.review.at, "11:20") : null,
      });
    }
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
  for (const [slug, mark] of Object.entries(MONITORING)) add(slug, 2026, "MONITORING_AUTUMN", mark, createRng(`documents:monitoring:${slug}`));

  return { documentRequirements, documents, documentVersions, files };
}

/** Orders of 31 August (curator, program, roadmap) follow each other in the order register. */
const AUGUST_ORDERS: Partial<Record<Code | MunicipalCode, number>> = { ORDER_CURATOR: 0, PROGRAM: 1, ROADMAP: 2 };

function numberAndDate(rng: Rng, slug: string, year: YearKey, code: Code | MunicipalCode, mark: string): { number: string | null; issuedOn: Date } {
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
    case "MONITORING_AUTUMN":
      return { number: `Справка № ${rng.int(12, 40)}`, issuedOn: day(`2026-11-${String(rng.int(5, 11)).padStart(2, "0")}`) };
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
