// Academic years, regions, municipalities, schools and partner organisations: real places from the
// seeds (Орск, Онгудайский район, Пермь, Павловский район), invented web addresses (.example).
import type { Prisma } from "../../lib/generated/prisma/client";
import { day, LAUNCH, stamped, type Scope } from "./util";

export const YEAR = {
  y2022: "seed-year-2022",
  y2025: "seed-year-2025",
  y2026: "seed-year-2026",
} as const;

export type YearKey = 2025 | 2026;
export const yearId = (year: YearKey): string => (year === 2025 ? YEAR.y2025 : YEAR.y2026);
export const yearTitle = (year: YearKey): string => (year === 2025 ? "2025–2026" : "2026–2027");

export const REGION = {
  orenburg: "seed-region-56",
  altai: "seed-region-04",
  perm: "seed-region-59",
  krasnodar: "seed-region-23",
} as const;

type RegionKey = keyof typeof REGION;

const REGIONS: ReadonlyArray<{ key: RegionKey; code: string; name: string; tz: string }> = [
  { key: "orenburg", code: "56", name: "Оренбургская область", tz: "+05:00" },
  { key: "altai", code: "04", name: "Республика Алтай", tz: "+07:00" },
  { key: "perm", code: "59", name: "Пермский край", tz: "+05:00" },
  { key: "krasnodar", code: "23", name: "Краснодарский край", tz: "+03:00" },
];

export function regionTz(regionId: string): string {
  return REGIONS.find((r) => REGION[r.key] === regionId)?.tz ?? "+03:00";
}

export function regionCode(regionId: string): string {
  return REGIONS.find((r) => REGION[r.key] === regionId)?.code ?? "00";
}

export const MUNICIPALITIES = {
  orsk: { id: "seed-mun-56-orsk", region: "orenburg", code: "56-01", name: "г. Орск" },
  novotroitsk: { id: "seed-mun-56-novotroitsk", region: "orenburg", code: "56-02", name: "г. Новотроицк" },
  ongudai: { id: "seed-mun-04-ongudai", region: "altai", code: "04-01", name: "Онгудайский район" },
  gornoAltaisk: { id: "seed-mun-04-gorno-altaisk", region: "altai", code: "04-02", name: "г. Горно-Алтайск" },
  perm: { id: "seed-mun-59-perm", region: "perm", code: "59-01", name: "г. Пермь" },
  osa: { id: "seed-mun-59-osa", region: "perm", code: "59-02", name: "Осинский городской округ" },
  kochevo: { id: "seed-mun-59-kochevo", region: "perm", code: "59-03", name: "Кочёвский муниципальный округ" },
  chaikovsky: { id: "seed-mun-59-chaikovsky", region: "perm", code: "59-04", name: "Чайковский городской округ" },
  kungur: { id: "seed-mun-59-kungur", region: "perm", code: "59-05", name: "Кунгурский муниципальный округ" },
  vereshchagino: { id: "seed-mun-59-vereshchagino", region: "perm", code: "59-06", name: "Верещагинский городской округ" },
  solikamsk: { id: "seed-mun-59-solikamsk", region: "perm", code: "59-07", name: "Соликамский городской округ" },
  pavlovsky: { id: "seed-mun-23-pavlovsky", region: "krasnodar", code: "23-01", name: "Павловский район" },
} as const satisfies Record<string, { id: string; region: RegionKey; code: string; name: string }>;

type MunicipalityKey = keyof typeof MUNICIPALITIES;

type SchoolSpec = {
  slug: string;
  municipality: MunicipalityKey;
  code: string;
  name: string;
  shortName: string;
  type: "SCHOOL" | "GYMNASIUM";
  address: string;
  publishesPage: boolean;
};

const SCHOOL_SPECS: readonly SchoolSpec[] = [
  { slug: "orsk-51", municipality: "orsk", code: "56-01-051", name: "МОАУ «СОШ №51 г. Орска»", shortName: "СОШ №51", type: "SCHOOL", address: "Оренбургская обл., г. Орск", publishesPage: true },
  { slug: "orsk-gym2", municipality: "orsk", code: "56-01-002", name: "МОАУ «Гимназия №2 г. Орска»", shortName: "Гимназия №2", type: "GYMNASIUM", address: "Оренбургская обл., г. Орск", publishesPage: true },
  { slug: "orsk-24", municipality: "orsk", code: "56-01-024", name: "МОАУ «СОШ №24 г. Орска»", shortName: "СОШ №24", type: "SCHOOL", address: "Оренбургская обл., г. Орск", publishesPage: false },
  { slug: "novotroitsk-15", municipality: "novotroitsk", code: "56-02-015", name: "МОАУ «СОШ №15 г. Новотроицка»", shortName: "СОШ №15", type: "SCHOOL", address: "Оренбургская обл., г. Новотроицк", publishesPage: false },
  { slug: "ongudai", municipality: "ongudai", code: "04-01-001", name: "МБОУ «Онгудайская СОШ им. С.Т. Пекпеева»", shortName: "Онгудайская СОШ", type: "SCHOOL", address: "Республика Алтай, Онгудайский р-н, с. Онгудай", publishesPage: true },
  { slug: "elo", municipality: "ongudai", code: "04-01-002", name: "МБОУ «Еловская СОШ им. Э. Палкина»", shortName: "Еловская СОШ", type: "SCHOOL", address: "Республика Алтай, Онгудайский р-н, с. Ело", publishesPage: true },
  { slug: "tenga", municipality: "ongudai", code: "04-01-003", name: "МБОУ «Теньгинская СОШ»", shortName: "Теньгинская СОШ", type: "SCHOOL", address: "Республика Алтай, Онгудайский р-н, с. Теньга", publishesPage: true },
  { slug: "tuekta", municipality: "ongudai", code: "04-01-004", name: "МБОУ «Туектинская ООШ»", shortName: "Туектинская ООШ", type: "SCHOOL", address: "Республика Алтай, Онгудайский р-н, с. Туекта", publishesPage: false },
  { slug: "karakol", municipality: "ongudai", code: "04-01-005", name: "МБОУ «Каракольская СОШ»", shortName: "Каракольская СОШ", type: "SCHOOL", address: "Республика Алтай, Онгудайский р-н, с. Каракол", publishesPage: false },
  { slug: "shashikman", municipality: "ongudai", code: "04-01-006", name: "МБОУ «Шашикманская СОШ»", shortName: "Шашикманская СОШ", type: "SCHOOL", address: "Республика Алтай, Онгудайский р-н, с. Шашикман", publishesPage: true },
  { slug: "inya", municipality: "ongudai", code: "04-01-007", name: "МБОУ «Ининская СОШ»", shortName: "Ининская СОШ", type: "SCHOOL", address: "Республика Алтай, Онгудайский р-н, с. Иня", publishesPage: true },
  { slug: "perm-gym45", municipality: "perm", code: "59-01-045", name: "МАОУ «Гимназия №45» г. Перми", shortName: "Гимназия №45", type: "GYMNASIUM", address: "Пермский край, г. Пермь", publishesPage: true },
  { slug: "pavlovsky-1", municipality: "pavlovsky", code: "23-01-001", name: "МБОУ СОШ №1 ст-цы Павловской", shortName: "СОШ №1", type: "SCHOOL", address: "Краснодарский край, Павловский р-н, ст-ца Павловская", publishesPage: true },
  { slug: "pavlovsky-2", municipality: "pavlovsky", code: "23-01-002", name: "МБОУ СОШ №2 ст-цы Павловской", shortName: "СОШ №2", type: "SCHOOL", address: "Краснодарский край, Павловский р-н, ст-ца Павловская", publishesPage: false },
  { slug: "pavlovsky-10", municipality: "pavlovsky", code: "23-01-010", name: "МБОУ СОШ №10 ст-цы Старолеушковской", shortName: "СОШ №10", type: "SCHOOL", address: "Краснодарский край, Павловский р-н, ст-ца Старолеушковская", publishesPage: false },
];

export type SchoolInfo = Scope & { slug: string; name: string; shortName: string; tz: string; municipalityName: string };

export const schoolId = (slug: string): string => `seed-school-${slug}`;

/** Scoping ids and names of a school, by slug. */
export function school(slug: string): SchoolInfo {
  const spec = SCHOOL_SPECS.find((s) => s.slug === slug);
  if (!spec) throw new Error(`Unknown seed school ${slug}`);
  const municipality = MUNICIPALITIES[spec.municipality];
  const regionId = REGION[municipality.region];
  return {
    slug,
    name: spec.name,
    shortName: spec.shortName,
    schoolId: schoolId(slug),
    municipalityId: municipality.id,
    municipalityName: municipality.name,
    regionId,
    tz: regionTz(regionId),
  };
}

export const ALL_SCHOOLS: readonly string[] = SCHOOL_SPECS.map((s) => s.slug);

export const ORG = {
  orskCollege: "seed-org-orsk-college",
  orskEmployer: "seed-org-orsk-techmash",
  altaiCollege: "seed-org-altai-pedcollege",
  pavlovskyAgro: "seed-org-pavlovsky-agro",
  permIro: "seed-org-perm-iro",
} as const;

export function buildHierarchy() {
  const academicYears: Prisma.AcademicYearCreateManyInput[] = [
    { id: YEAR.y2022, title: "2022–2023", startsOn: day("2022-09-01"), endsOn: day("2023-08-31"), isCurrent: false, createdAt: LAUNCH },
    { id: YEAR.y2025, title: "2025–2026", startsOn: day("2025-09-01"), endsOn: day("2026-08-31"), isCurrent: false, createdAt: LAUNCH },
    { id: YEAR.y2026, title: "2026–2027", startsOn: day("2026-09-01"), endsOn: day("2027-08-31"), isCurrent: true, createdAt: LAUNCH },
  ];
  const regions: Prisma.RegionCreateManyInput[] = REGIONS.map((r) => ({
    id: REGION[r.key],
    code: r.code,
    name: r.name,
    maxMenteesPerMentor: 3,
    ...stamped(LAUNCH),
  }));
  const municipalities: Prisma.MunicipalityCreateManyInput[] = Object.values(MUNICIPALITIES).map((m) => ({
    id: m.id,
    regionId: REGION[m.region],
    code: m.code,
    name: m.name,
    ...stamped(LAUNCH),
  }));
  const schools: Prisma.SchoolCreateManyInput[] = SCHOOL_SPECS.map((s) => {
    const info = school(s.slug);
    const website = `https://${s.slug}.schools.example`;
    return {
      id: info.schoolId,
      regionId: info.regionId,
      municipalityId: info.municipalityId,
      code: s.code,
      slug: s.slug,
      name: s.name,
      shortName: s.shortName,
      type: s.type,
      address: s.address,
      website,
      mentoringPageUrl: s.publishesPage ? `${website}/nastavnichestvo` : null,
      inRollout: true,
      ...stamped(LAUNCH),
    };
  });
  const partners: Prisma.OrganizationCreateManyInput[] = [
    { id: ORG.orskCollege, regionId: REGION.orenburg, municipalityId: MUNICIPALITIES.orsk.id, kind: "COLLEGE", code: "56-ORG-001", name: "ГАПОУ «Орский индустриальный колледж»" },
    { id: ORG.orskEmployer, regionId: REGION.orenburg, municipalityId: MUNICIPALITIES.orsk.id, kind: "EMPLOYER", code: "56-ORG-002", name: "ООО «ОрскТехМаш»", website: "https://orsktechmash.example" },
    { id: ORG.altaiCollege, regionId: REGION.altai, municipalityId: MUNICIPALITIES.gornoAltaisk.id, kind: "COLLEGE", code: "04-ORG-001", name: "БПОУ РА «Горно-Алтайский педагогический колледж»" },
    { id: ORG.pavlovskyAgro, regionId: REGION.krasnodar, municipalityId: MUNICIPALITIES.pavlovsky.id, kind: "EMPLOYER", code: "23-ORG-001", name: "ООО «Агрофирма «Павловская»»" },
    { id: ORG.permIro, regionId: REGION.perm, municipalityId: MUNICIPALITIES.perm.id, kind: "OTHER", code: "59-ORG-001", name: "ГАОУ ДПО «Институт развития образования Пермского края»" },
  ];
  const organizations = partners.map((organization) => ({ ...organization, ...stamped(LAUNCH) }));
  return { academicYears, regions, municipalities, schools, organizations };
}
