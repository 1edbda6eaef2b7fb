import { one, randomBytes, type Fixture } from "./common";

/** Fixtures of the hierarchy and forms-catalog actions (lib/hierarchy, lib/mentoring-forms). */
const ADMIN = "admin@nastavnik.example";
const COORDINATOR = "region@nastavnik.example"; // Оренбургская область
const tag = () => randomBytes(3).toString("hex");

async function orenburg() {
  return one<{ id: string; code: string; name: string }>(`SELECT id, code, name FROM "Region" WHERE code = '56'`);
}

/** A small hierarchy file as the template would have it (CSV, «;»), base64 like the wizard sends it. */
function hierarchyCsv(regionCode: string, regionName: string) {
  const t = tag();
  const lines = [
    "Код региона;Регион;Код муниципалитета;Муниципалитет;Код школы;Полное наименование;Краткое наименование;Тип;Адрес страницы",
    `${regionCode};${regionName};56-walk-${t};Проверочный район ${t};56-walk-s-${t};МОБУ «Проверочная СОШ»;Проверочная СОШ ${t};школа;walk-${t}`,
  ];
  return Buffer.from(lines.join("\n"), "utf8").toString("base64");
}

export const HIERARCHY_FIXTURES: Record<string, Fixture> = {
  "lib/hierarchy/actions.ts#saveRegionAction": {
    actor: ADMIN,
    args: async () => [{ code: `99-${tag()}`, name: `Проверочная область ${tag()}`, maxMenteesPerMentor: "3" }],
  },
  "lib/hierarchy/actions.ts#saveRegionSettingsAction": {
    actor: COORDINATOR,
    args: async () => [{ regionId: (await orenburg()).id, maxMenteesPerMentor: "3", disabledFormIds: [] }],
  },
  "lib/hierarchy/actions.ts#saveMunicipalityAction": {
    actor: COORDINATOR,
    args: async () => [{ regionId: (await orenburg()).id, code: `56-m-${tag()}`, name: `Проверочный округ ${tag()}` }],
  },
  "lib/hierarchy/actions.ts#saveSchoolAction": {
    actor: COORDINATOR,
    args: async () => {
      const municipality = await one<{ id: string }>(`SELECT id FROM "Municipality" WHERE "regionId" = $1 ORDER BY code LIMIT 1`, [(await orenburg()).id]);
      const t = tag();
      return [{ municipalityId: municipality.id, code: `56-s-${t}`, slug: `check-${t}`, name: "МОБУ «СОШ для проверки»", shortName: `СОШ ${t}`, type: "SCHOOL", inn: "", website: "", inRollout: true, maxMenteesPerMentor: "" }];
    },
  },
  "lib/hierarchy/actions.ts#saveOrganizationAction": {
    actor: COORDINATOR,
    args: async () => [{ regionId: (await orenburg()).id, kind: "EMPLOYER", code: `org-${tag()}`, name: "ООО «Проверка»", website: "" }],
  },
  "lib/hierarchy/actions.ts#saveAcademicYearAction": {
    actor: ADMIN,
    args: async () => [{ startsOn: "2035-09-01", endsOn: "2036-08-31", isCurrent: false }],
  },
  "lib/hierarchy/actions.ts#importHierarchyAction": {
    actor: COORDINATOR,
    args: async () => {
      const region = await orenburg();
      return [{ regionId: region.id, fileName: "школы.csv", contentBase64: hierarchyCsv(region.code, region.name) }];
    },
  },
  "lib/mentoring-forms/actions.ts#saveFormAction": {
    actor: ADMIN,
    args: async () => [{ code: `WALK_${tag()}`, name: `проверочная форма ${tag()}`, description: "", mentorKinds: ["TEACHER"], menteeKinds: ["TEACHER"], isActive: false, sortOrder: "99" }],
  },
  "lib/mentoring-forms/actions.ts#saveModelAction": {
    actor: ADMIN,
    args: async () => {
      const form = await one<{ id: string }>(`SELECT id FROM "MentoringForm" ORDER BY "sortOrder" LIMIT 1`);
      return [{ formId: form.id, name: `проверочная модель ${tag()}`, mentorRole: "наставник", menteeRole: "наставляемый", isActive: true }];
    },
  },
};

