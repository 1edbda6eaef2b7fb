import { one, queryE2eDatabase, randomBytes, type Fixture } from "./common";

/**
 * Fixtures of the documents actions (lib/documents/actions.ts). They keep off СОШ №51's own
 * checklist rows that tests/e2e/documents.spec.ts walks through.
 */
const CURATOR = "curator@nastavnik.example";
const MUNICIPAL = "municipality@nastavnik.example";
const MONITORING = "seed-req-orsk-monitoring-autumn";

const pdf = (name: string) => new File([Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")], name, { type: "application/pdf" });

async function currentYear() {
  return one<{ id: string }>(`SELECT id FROM "AcademicYear" WHERE "isCurrent"`);
}

export const DOCUMENTS_FIXTURES: Record<string, Fixture> = {
  "lib/documents/actions.ts#uploadDocumentAction": {
    actor: CURATOR,
    args: async () => {
      // A new version of the council minutes, which wait for review in the demo.
      const document = await one<{ schoolId: string; requirementId: string; academicYearId: string; version: number }>(
        `SELECT d."schoolId", d."requirementId", d."academicYearId", d.version FROM "Document" d JOIN "School" s ON s.id = d."schoolId"
          JOIN "AcademicYear" y ON y.id = d."academicYearId" WHERE s.slug = 'orsk-51' AND d."requirementId" = 'seed-req-council-minutes' AND y."isCurrent"`,
      );
      const form = new FormData();
      for (const [key, value] of Object.entries({ ...document, documentVersion: String(document.version), number: "Протокол № 1", issuedOn: "2026-08-28" })) {
        if (key !== "version") form.set(key, String(value));
      }
      form.set("file", pdf("Протокол педагогического совета (проверка).pdf"));
      return [form];
    },
  },
  "lib/documents/actions.ts#reviewDocumentAction": {
    actor: MUNICIPAL,
    args: async () => {
      const document = await one<{ id: string; version: number }>(
        `SELECT d.id, d.version FROM "Document" d JOIN "School" s ON s.id = d."schoolId" JOIN "Municipality" m ON m.id = d."municipalityId"
          WHERE m.name = 'г. Орск' AND s.slug <> 'orsk-51' AND d.status = 'UPLOADED' ORDER BY d.id LIMIT 1`,
      );
      return [{ documentId: document.id, version: document.version, decision: "RETURN", comment: "Проверка журнала действий: нет подписи руководителя" }];
    },
  },
  "lib/documents/actions.ts#saveRequirementAction": {
    actor: MUNICIPAL,
    args: async () => {
      const requirement = await one<{ updatedAt: string; academicYearId: string }>(
        `SELECT to_char("updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt", "academicYearId" FROM "DocumentRequirement" WHERE id = $1`,
        [MONITORING],
      );
      const form = new FormData();
      const fields = {
        requirementId: MONITORING,
        loadedAt: requirement.updatedAt,
        code: "MONITORING_AUTUMN",
        title: "Справка о реализации целевой модели наставничества (осенний мониторинг)",
        description: "По итогам I четверти: пары по формам, мероприятия, трудности (уточнено при проверке журнала).",
        period: "ONE_YEAR",
        academicYearId: requirement.academicYearId,
        dueOn: "2026-11-13",
      };
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      form.set("template", pdf("Форма справки.pdf"));
      return [form];
    },
  },
  "lib/documents/actions.ts#setRequirementActiveAction": {
    actor: MUNICIPAL,
    args: async () => {
      // A requirement of the municipality's own, made for the walk, switched off.
      const id = `walker-req-${randomBytes(4).toString("hex")}`;
      const municipality = await one<{ id: string; regionId: string }>(`SELECT id, "regionId" FROM "Municipality" WHERE name = 'г. Орск'`);
      await queryE2eDatabase(
        `INSERT INTO "DocumentRequirement" (id, level, "regionId", "municipalityId", code, title, period, "academicYearId", "isActive", "sortOrder", "createdAt", "updatedAt")
         VALUES ($1, 'MUNICIPALITY', $2, $3, $4, 'Требование для проверки журнала', 'PER_YEAR', $5, true, 900, now(), now())`,
        [id, municipality.regionId, municipality.id, id.toUpperCase().replaceAll("-", "_"), (await currentYear()).id],
      );
      return [{ requirementId: id, isActive: false }];
    },
  },
};
