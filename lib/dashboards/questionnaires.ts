/**
 * Satisfaction and the diagnostic of difficulties on the dashboards: for the published
 * questionnaires of these kinds that the unit's answers reach, the number of answers, the response
 * rate and the mean of each rated question — taken from the questionnaires' own results
 * (lib/questionnaires), so the anonymity rules (small groups hidden) hold here too.
 */
import "server-only";
import { db } from "@/lib/db";
import { roleMay, scopeWhere, type Principal } from "@/lib/access";
import { mayViewResults, responsesOfUnit, templatesOfUnit } from "@/lib/questionnaires/queries";
import { getResults } from "@/lib/questionnaires/results-queries";
import type { QuestionnaireUnit } from "@/lib/questionnaires/owner";

const KINDS = ["SATISFACTION_MENTOR", "SATISFACTION_MENTEE", "DIFFICULTIES_DIAGNOSTIC"] as const;

export type QuestionnaireHighlight = {
  templateId: string;
  title: string;
  kind: (typeof KINDS)[number];
  answers: number;
  rate: number | null;
  /** Answers exist but are too few to show without revealing someone (anonymous questionnaires). */
  suppressed: boolean;
  /** Rated questions (scales, matrix rows): the mean on its scale. */
  means: Array<{ label: string; mean: number; max: number }>;
};

export async function questionnaireHighlights(principal: Principal, unit: QuestionnaireUnit, limit = 4): Promise<QuestionnaireHighlight[]> {
  if (!roleMay(principal.active.role, "list", "questionnaire") || !mayViewResults(principal)) return [];
  // One query: the published questionnaires of these kinds that have answers from the unit, in the
  // order of the questionnaires' list (most dashboards have none, and then nothing else is read).
  const templates = await db.questionnaireTemplate.findMany({
    where: {
      AND: [
        scopeWhere(principal, "questionnaire"),
        templatesOfUnit(unit),
        { kind: { in: [...KINDS] } },
        { versions: { some: { status: "PUBLISHED" } } },
        { versions: { some: { responses: { some: { AND: [scopeWhere(principal, "response"), responsesOfUnit(unit)] } } } } },
      ],
    },
    orderBy: [{ level: "asc" }, { updatedAt: "desc" }],
    take: limit,
    select: { id: true, title: true, kind: true },
  });
  const highlights = await Promise.all(
    templates.map(async (template) => {
      const results = await getResults(principal, template.id, unit, {});
      if (!results) return null;
      const means: QuestionnaireHighlight["means"] = [];
      for (const question of results.sections.flatMap((section) => section.questions)) {
        if (question.suppressed) continue;
        if (question.kind === "scale" && question.mean !== null && question.question.type === "scale") {
          means.push({ label: question.question.label, mean: question.mean, max: question.question.max });
        }
        if (question.kind === "matrix" && question.question.type === "matrix") {
          const max = question.question.max;
          for (const row of question.rows) if (row.mean !== null) means.push({ label: row.label, mean: row.mean, max });
        }
      }
      return {
        templateId: template.id,
        title: template.title,
        kind: template.kind as (typeof KINDS)[number],
        answers: results.answers,
        rate: results.rates.find((r) => r.stage === results.template.stage)?.rate ?? results.rates[0]?.rate ?? null,
        suppressed: results.suppressed,
        means: means.slice(0, 5),
      };
    }),
  );
  return highlights.filter((h): h is QuestionnaireHighlight => h !== null);
}
