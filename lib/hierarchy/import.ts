/**
 * Bulk import of the hierarchy from Excel or CSV — regions, municipalities, schools, one school per
 * row — through the one import module (lib/import): a preview that writes nothing, then the
 * confirmed import in ONE transaction with one audit event. Idempotent by codes: the region's
 * code, the municipality's code, the school's code (its INN or a code the region gives); importing
 * the same file again updates what it created. An admin imports anything; a regional coordinator
 * only the rows of their own region (and never creates regions).
 */
import "server-only";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Principal } from "@/lib/access";
import { findAccessible, mayCreateUnder } from "@/lib/access/records";
import { recordAudit } from "@/lib/audit/record";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { invalidFileMessage, markDuplicates, previewOf, type ImportPreview } from "@/lib/import/preview";
import { addHelpSheet, addSheet, asText, normaliseText, readSheet, type RawRow } from "@/lib/import/sheet";
import { SCHOOL_TYPE_LABELS, SCHOOL_TYPES, ZSaveSchool } from "./schemas";

export const HIERARCHY_COLUMNS = [
  { key: "regionCode", header: "Код региона", width: 12 },
  { key: "regionName", header: "Регион", width: 28 },
  { key: "municipalityCode", header: "Код муниципалитета", width: 18 },
  { key: "municipalityName", header: "Муниципалитет", width: 30 },
  { key: "schoolCode", header: "Код школы", width: 16 },
  { key: "name", header: "Полное наименование", width: 50 },
  { key: "shortName", header: "Краткое наименование", width: 22 },
  { key: "type", header: "Тип", width: 16 },
  { key: "slug", header: "Адрес страницы", width: 18 },
  { key: "inn", header: "ИНН", width: 14 },
  { key: "website", header: "Сайт", width: 30 },
] as const;
type Key = (typeof HIERARCHY_COLUMNS)[number]["key"];

const HELP: Record<Key, string> = {
  regionCode: "код субъекта РФ: 56 — Оренбургская область; по нему регион находится при повторной загрузке",
  regionName: "название региона",
  municipalityCode: "код муниципалитета, единый на платформе (например, 56-orsk)",
  municipalityName: "название муниципалитета: «г. Орск», «Павловский район»",
  schoolCode: "ИНН школы или код, данный регионом; по нему школа находится при повторной загрузке. Пусто — строка только о муниципалитете",
  name: "полное наименование по уставу",
  shortName: "как школу называют в списках: «СОШ №51»",
  type: "школа, гимназия, лицей, школа-интернат, колледж (СПО) или другое",
  slug: "короткий адрес публичной страницы: строчные латинские буквы, цифры и дефисы, например orsk-51",
  inn: "10 или 12 цифр; можно не заполнять",
  website: "адрес сайта школы, начинается с https://",
};

export const HIERARCHY_KEY_HELP =
  "Повторная загрузка того же файла обновляет записи, а не дублирует их: регион находится по коду региона, муниципалитет — по коду муниципалитета, школа — по коду школы.";

const TYPE_OF = new Map<string, (typeof SCHOOL_TYPES)[number]>([
  ...SCHOOL_TYPES.map((type) => [normaliseText(SCHOOL_TYPE_LABELS[type]), type] as const),
  ["сош", "SCHOOL"],
  ["оош", "SCHOOL"],
  ["колледж", "COLLEGE"],
  ["спо", "COLLEGE"],
]);

type SchoolValues = { code: string; name: string; shortName: string; type: (typeof SCHOOL_TYPES)[number]; slug: string; inn: string | null; website: string | null };
export type HierarchyRow = {
  line: number;
  name: string;
  problems: string[];
  key: string | null;
  region: { code: string; name: string };
  municipality: { code: string; name: string };
  school: SchoolValues | null;
};

const headerOf = (key: string) => HIERARCHY_COLUMNS.find((c) => c.key === key)?.header ?? key;

function checkRow(row: RawRow<Key>): HierarchyRow {
  const c = row.cells;
  const problems: string[] = [];
  const region = { code: asText(c.regionCode), name: asText(c.regionName) };
  const municipality = { code: asText(c.municipalityCode), name: asText(c.municipalityName) };
  for (const [key, value] of [["regionCode", region.code], ["regionName", region.name], ["municipalityCode", municipality.code], ["municipalityName", municipality.name]] as const) {
    if (!value) problems.push(`«${headerOf(key)}»: не заполнено`);
  }
  let school: SchoolValues | null = null;
  const schoolCode = asText(c.schoolCode);
  if (schoolCode) {
    const typeText = normaliseText(asText(c.type));
    const type = typeText ? TYPE_OF.get(typeText) : "SCHOOL";
    if (!type) problems.push(`«Тип»: неизвестный тип «${asText(c.type)}»; допустимо: школа, гимназия, лицей, школа-интернат, колледж (СПО), другое`);
    const parsed = ZSaveSchool.safeParse({
      municipalityId: "x",
      code: schoolCode,
      slug: asText(c.slug).toLowerCase(),
      name: asText(c.name),
      shortName: asText(c.shortName),
      type: type ?? "SCHOOL",
      inn: asText(c.inn),
      website: asText(c.website),
      inRollout: true,
      maxMenteesPerMentor: "",
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`«${headerOf(issue.path[0] === "code" ? "schoolCode" : String(issue.path[0]))}»: ${issue.message}`);
    } else if (type) {
      const { code, slug, name, shortName, inn, website } = parsed.data;
      school = { code, slug, name, shortName, inn, website, type };
    }
  }
  const ok = problems.length === 0;
  return {
    line: row.line,
    name: school ? `${school.shortName} (${municipality.name})` : municipality.name || region.name,
    problems,
    key: ok ? (school ? `school:${school.code}` : `municipality:${municipality.code}`) : null,
    region,
    municipality,
    school: ok ? school : null,
  };
}

/** Within the file, one code means one thing: the same region or municipality code with another name is a mistake. */
function checkConsistency(rows: HierarchyRow[]) {
  const seen = new Map<string, { name: string; line: number; parent?: string }>();
  for (const row of rows) {
    if (!row.key) continue;
    const claims = [
      [`region:${row.region.code}`, row.region.name, undefined, "Регион"],
      [`municipality:${row.municipality.code}`, row.municipality.name, row.region.code, "Муниципалитет"],
    ] as const;
    for (const [id, name, parent, label] of claims) {
      const first = seen.get(id);
      if (!first) seen.set(id, { name, line: row.line, parent });
      else if (normaliseText(first.name) !== normaliseText(name) || first.parent !== parent) {
        row.problems.push(`${label} с кодом «${id.split(":")[1]}» в строке ${first.line} записан иначе: «${first.name}». Один код — одна запись`);
        row.key = null;
      }
    }
  }
}

/** Two schools of the file with one page address or one INN. */
function checkSchoolClashes(rows: HierarchyRow[]) {
  for (const field of ["slug", "inn"] as const) {
    const firstLine = new Map<string, number>();
    for (const row of rows) {
      const value = row.school?.[field];
      if (!value) continue;
      const first = firstLine.get(value);
      if (first === undefined) firstLine.set(value, row.line);
      else {
        row.problems.push(`«${headerOf(field)}»: ${value} уже указан у школы в строке ${first}`);
        row.key = null;
        row.school = null;
      }
    }
  }
}

function checkAll(raw: RawRow<Key>[]): HierarchyRow[] {
  const rows = markDuplicates(raw.map(checkRow), (first) => `Запись с этим кодом уже есть в строке ${first} файла: оставьте одну строку`, (row) => {
    row.school = null;
  });
  checkConsistency(rows);
  checkSchoolClashes(rows);
  return rows;
}

function readHierarchyFile(bytes: Uint8Array, fileName: string) {
  return readSheet(bytes, fileName, {
    columns: HIERARCHY_COLUMNS,
    required: ["regionCode", "regionName", "municipalityCode", "municipalityName", "schoolCode"],
    anchor: "regionCode",
    emptyMessage: "В файле нет ни одной строки со школами или муниципалитетами.",
  });
}

type Target = { regionId: string | null };

/** Who imports into what: the admin the whole platform (regionId null), a coordinator their region. */
async function importTarget(principal: Principal, target: Target) {
  if (target.regionId === null) {
    if (!(await mayCreateUnder(principal, "region", null))) throw new NotFoundError();
    return { region: null };
  }
  const region = await findAccessible(principal, "update", "region", target.regionId);
  if (!region || !(await mayCreateUnder(principal, "municipality", region.id))) throw new NotFoundError();
  return { region: await db.region.findUniqueOrThrow({ where: { id: region.id } }) };
}

/** Rows outside the importing coordinator's region are problems of the file, not silent skips. */
function restrictToRegion(rows: HierarchyRow[], region: { code: string; name: string } | null) {
  if (!region) return;
  for (const row of rows) {
    if (row.region.code && row.region.code !== region.code) {
      row.problems.push(`«Код региона»: ${row.region.code} — не ваш регион; вы загружаете школы региона «${region.name}» (код ${region.code})`);
      row.key = null;
      row.school = null;
    }
  }
}

/** Which codes of the file already exist, and clashes of slugs with other schools. */
async function existing(client: Prisma.TransactionClient | typeof db, rows: HierarchyRow[]) {
  const codes = (prefix: string) => rows.flatMap((row) => (row.key?.startsWith(prefix) ? [row.key.slice(prefix.length)] : []));
  const [regions, municipalities, schools] = await Promise.all([
    client.region.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.region.code))] } }, select: { id: true, code: true } }),
    client.municipality.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.municipality.code))] } }, select: { id: true, code: true, regionId: true } }),
    client.school.findMany({
      where: {
        OR: [
          { code: { in: codes("school:") } },
          { slug: { in: rows.flatMap((r) => (r.school ? [r.school.slug] : [])) } },
          { inn: { in: rows.flatMap((r) => (r.school?.inn ? [r.school.inn] : [])) } },
        ],
      },
      select: { id: true, code: true, slug: true, inn: true, regionId: true },
    }),
  ]);
  return {
    region: new Map(regions.map((r) => [r.code, r])),
    municipality: new Map(municipalities.map((m) => [m.code, m])),
    school: new Map(schools.map((s) => [s.code, s])),
    slugOwner: new Map(schools.map((s) => [s.slug, s.code])),
    innOwner: new Map(schools.flatMap((s) => (s.inn ? [[s.inn, s.code] as const] : []))),
  };
}

type Known = Awaited<ReturnType<typeof existing>>;

/** Checks against the database: a coordinator creates no region; codes and addresses that belong elsewhere. */
function checkAgainst(rows: HierarchyRow[], known: Known, mayCreateRegions: boolean) {
  for (const row of rows) {
    if (!row.key) continue;
    const region = known.region.get(row.region.code);
    if (!region && !mayCreateRegions) row.problems.push(`«Код региона»: региона с кодом ${row.region.code} на платформе нет; регионы добавляет администратор`);
    const municipality = known.municipality.get(row.municipality.code);
    if (municipality && region && municipality.regionId !== region.id) {
      row.problems.push(`«Код муниципалитета»: ${row.municipality.code} уже относится к другому региону`);
    }
    if (row.school) {
      const slugOwner = known.slugOwner.get(row.school.slug);
      if (slugOwner && slugOwner !== row.school.code) row.problems.push(`«Адрес страницы»: ${row.school.slug} уже занят другой школой`);
      const innOwner = row.school.inn ? known.innOwner.get(row.school.inn) : undefined;
      if (innOwner && innOwner !== row.school.code) row.problems.push(`«ИНН»: ${row.school.inn} — ИНН другой школы платформы (код ${innOwner})`);
      const school = known.school.get(row.school.code);
      if (school && region && school.regionId !== region.id) row.problems.push(`«Код школы»: ${row.school.code} — школа другого региона`);
    }
    if (row.problems.length) {
      row.key = null;
      row.school = null;
    }
  }
}

export type HierarchyImportInput = Target & { fileName: string; bytes: Uint8Array };

/** The file read and checked against the database through `client` (the import's transaction, or `db`). */
async function checkFile(input: HierarchyImportInput, region: Awaited<ReturnType<typeof importTarget>>["region"], client: Prisma.TransactionClient | typeof db) {
  const rows = checkAll(await readHierarchyFile(input.bytes, input.fileName));
  restrictToRegion(rows, region);
  const known = await existing(client, rows);
  checkAgainst(rows, known, region === null);
  return { rows, known, region };
}

export async function previewHierarchyImport(principal: Principal, input: HierarchyImportInput): Promise<ImportPreview> {
  const { region } = await importTarget(principal, input);
  const { rows, known } = await checkFile(input, region, db);
  return previewOf(input.fileName, rows, (key) => (key.startsWith("school:") ? known.school.has(key.slice(7)) : known.municipality.has(key.slice(13))));
}

/** The confirmed import: the file is read and checked again; a file with any problem writes nothing. */
export async function importHierarchy(principal: Principal, input: HierarchyImportInput, context: { ip?: string | null } = {}) {
  // Who may import where is decided before the transaction opens: inside it, every query goes
  // through `tx` (on the embedded database a query on another connection would wait for the
  // transaction to end, and the transaction for it).
  const { region } = await importTarget(principal, input);
  return db.$transaction(
    async (tx) => {
      const { rows } = await checkFile(input, region, tx);
      const invalid = rows.filter((row) => !row.key);
      if (invalid.length) throw new ValidationError({}, invalidFileMessage(invalid));
      const counts = { regions: 0, municipalities: 0, created: 0, updated: 0 };
      const regionIds = new Map<string, string>();
      const municipalityIds = new Map<string, string>();
      for (const row of rows) {
        let regionId = regionIds.get(row.region.code);
        if (!regionId) {
          const found = await tx.region.findUnique({ where: { code: row.region.code } });
          regionId = found?.id ?? (await tx.region.create({ data: { code: row.region.code, name: row.region.name } })).id;
          if (!found) counts.regions += 1;
          regionIds.set(row.region.code, regionId);
        }
        let municipalityId = municipalityIds.get(row.municipality.code);
        if (!municipalityId) {
          const found = await tx.municipality.findUnique({ where: { code: row.municipality.code } });
          municipalityId = found
            ? (await tx.municipality.update({ where: { id: found.id }, data: { name: row.municipality.name } })).id
            : (await tx.municipality.create({ data: { code: row.municipality.code, name: row.municipality.name, regionId } })).id;
          if (!found) counts.municipalities += 1;
          municipalityIds.set(row.municipality.code, municipalityId);
        }
        if (row.school) {
          const data = { ...row.school, regionId, municipalityId };
          const found = await tx.school.findUnique({ where: { code: row.school.code }, select: { id: true } });
          if (found) await tx.school.update({ where: { id: found.id }, data });
          else await tx.school.create({ data });
          counts[found ? "updated" : "created"] += 1;
        }
      }
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: "hierarchy.import",
        entity: "School",
        scope: { regionId: region?.id ?? null },
        after: { fileName: input.fileName, rows: rows.length, ...counts },
      });
      return { ...counts, rows: rows.length, regionId: region?.id ?? null };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** The template: the header row, example rows and the «Справка» sheet. */
export async function buildHierarchyTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  const sheet = addSheet(workbook, "Школы", HIERARCHY_COLUMNS);
  sheet.addRow({ regionCode: "56", regionName: "Оренбургская область", municipalityCode: "56-orsk", municipalityName: "г. Орск", schoolCode: "5614012345", name: "МОАУ «Средняя общеобразовательная школа №51 г. Орска»", shortName: "СОШ №51", type: "школа", slug: "orsk-51", inn: "5614012345", website: "https://school51-orsk.ru" });
  sheet.addRow({ regionCode: "56", regionName: "Оренбургская область", municipalityCode: "56-orsk", municipalityName: "г. Орск", schoolCode: "56-orsk-gym2", name: "МОАУ «Гимназия №2 г. Орска»", shortName: "Гимназия №2", type: "гимназия", slug: "orsk-gym2" });
  addHelpSheet(workbook, [
    ...HIERARCHY_COLUMNS.map((column) => ({ header: column.header, help: HELP[column.key] })),
    { header: "", help: "" },
    { header: "Повторная загрузка", help: HIERARCHY_KEY_HELP },
    { header: "Строки-примеры", help: "Удалите строки-примеры на листе «Школы» перед загрузкой." },
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
