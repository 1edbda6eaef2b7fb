/**
 * The questionnaire pages every level shares (the list, a new questionnaire, one questionnaire
 * with its builder, its results); the level's page resolves its unit and passes it on.
 */
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import type { Principal } from "@/lib/access";
import { formatDate, formatLocalDate } from "@/lib/format";
import { toFormValues } from "@/lib/questionnaires/answers";
import { listAssigned } from "@/lib/questionnaires/audience";
import { AUDIENCE_LABELS, KIND_LABELS, LEVEL_LABELS, STAGE_LABELS, STATUS_LABELS } from "@/lib/questionnaires/labels";
import { mayCreateIn } from "@/lib/questionnaires/owner";
import { getSettingsOptions, getTemplate, listCopySources, listTemplates, mayViewResults, type TemplateDetail } from "@/lib/questionnaires/queries";
import { getResults } from "@/lib/questionnaires/results-queries";
import { parseResultsFilter, type TTemplateSettings } from "@/lib/questionnaires/schemas";
import type { UnitPage } from "@/lib/questionnaires/units";
import { AssignedList } from "./assigned-list";
import { QuestionnaireBuilder } from "./builder";
import { QuestionnaireForm } from "./questionnaire-form";
import { ResultsFilters } from "./results-filters";
import { ResultsView } from "./results-view";
import { SettingsForm } from "./settings-form";
import { TemplateList } from "./template-list";

type Base = { principal: Principal; page: UnitPage };

export async function QuestionnairesIndex({ principal, page }: Base) {
  if (!mayViewResults(principal)) notFound();
  const [templates, assigned] = await Promise.all([listTemplates(principal, page.unit), page.unit.level === "SCHOOL" ? listAssigned(principal) : Promise.resolve([])]);
  const own = templates.filter((t) => t.editable);
  const others = templates.filter((t) => !t.editable);
  const mayCreate = mayCreateIn(principal, page.unit);
  return (
    <>
      <PageHeader title="Анкеты" subtitle={`${page.name}: анкеты, их вопросы и результаты`} actions={mayCreate ? <ButtonLink href={`${page.basePath}/new`}>Новая анкета</ButtonLink> : undefined} />
      <div className="space-y-8">
        {assigned.length ? (
          <section aria-labelledby="to-fill" className="space-y-3">
            <h2 id="to-fill" className="text-lg font-semibold text-slate-900">Заполнить самому</h2>
            <AssignedList items={assigned} hrefFor={(id) => `${page.basePath}/${id}/fill`} />
          </section>
        ) : null}
        {mayCreate || own.length ? (
          <section aria-labelledby="own" className="space-y-3">
            <h2 id="own" className="text-lg font-semibold text-slate-900">Свои анкеты</h2>
            <TemplateList templates={own} basePath={page.basePath} caption="Свои анкеты" empty="Своих анкет пока нет. Создайте анкету с нуля или на основе анкеты платформы — кнопка «Новая анкета»." />
          </section>
        ) : null}
        <section aria-labelledby="others" className="space-y-3">
          <h2 id="others" className="text-lg font-semibold text-slate-900">{mayCreate || own.length ? "Анкеты других уровней" : "Анкеты"}</h2>
          <p className="text-sm text-slate-600">Их вопросы меняет тот, кто их создал; результаты по вашим участникам — по ссылке «Результаты».</p>
          <TemplateList templates={others} basePath={page.basePath} caption="Анкеты других уровней" empty="Анкет других уровней нет." />
        </section>
      </div>
    </>
  );
}

function settingsOf(detail: TemplateDetail): TTemplateSettings {
  const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
  return {
    templateId: detail.id,
    version: detail.version,
    title: detail.title,
    description: detail.description ?? "",
    kind: detail.kind,
    audience: detail.audience,
    formIds: detail.formIds,
    opensOn: iso(detail.opensOn),
    closesOn: iso(detail.closesOn),
    stage: detail.stage,
    isAnonymous: detail.isAnonymous,
    regionId: detail.regionId ?? "",
  };
}

export async function NewQuestionnairePage({ principal, page }: Base) {
  if (!mayCreateIn(principal, page.unit)) notFound();
  const [options, sources] = await Promise.all([getSettingsOptions(principal), listCopySources(principal)]);
  const initial: TTemplateSettings = {
    title: "",
    description: "",
    kind: "OTHER",
    audience: ["MENTEE"],
    formIds: [],
    opensOn: "",
    closesOn: "",
    stage: "ANY",
    isAnonymous: false,
    regionId: page.unit.level === "REGION" ? page.unit.regionId : "",
    sourceTemplateId: "",
  };
  return (
    <>
      <PageHeader title="Новая анкета" subtitle={page.name} actions={<ButtonLink variant="secondary" href={page.basePath}>К списку анкет</ButtonLink>} />
      <Card>
        <SettingsForm
          initial={initial}
          forms={options.forms.filter((f) => f.isActive)}
          regions={page.unit.level === "PLATFORM" ? options.regions : []}
          copySources={sources.map((s) => ({ id: s.id, title: `${s.title} (${LEVEL_LABELS[s.level]})` }))}
          anonymityLocked={false}
          hrefFor={`${page.basePath}/{id}`}
        />
      </Card>
    </>
  );
}

function Versions({ detail }: { detail: TemplateDetail }) {
  return (
    <Table caption="Версии анкеты" head={["Версия", "Состояние", "Создана", "Опубликована", "Ответов"]}>
      {detail.history.map((v) => (
        <tr key={v.id}>
          <Td>{v.versionNo}</Td>
          <Td>
            <Badge tone={v.status === "PUBLISHED" ? "success" : v.status === "DRAFT" ? "warning" : "neutral"}>{STATUS_LABELS[v.status]}</Badge>
          </Td>
          <Td>{formatLocalDate(v.createdAt)}</Td>
          <Td>{v.publishedAt ? formatLocalDate(v.publishedAt) : "—"}</Td>
          <Td>{v.answers}</Td>
        </tr>
      ))}
    </Table>
  );
}

export async function TemplatePage({ principal, page, templateId }: Base & { templateId: string }) {
  const detail = await getTemplate(principal, templateId);
  if (!detail) notFound();
  const options = detail.editable ? await getSettingsOptions(principal) : null;
  const where = detail.level === "PLATFORM" ? LEVEL_LABELS.PLATFORM : detail.level === "REGION" ? detail.region?.name : detail.level === "MUNICIPALITY" ? detail.municipality?.name : detail.schoolName;
  const lastNo = detail.history[0]?.versionNo ?? 0;
  return (
    <>
      <PageHeader
        title={detail.title}
        subtitle={`${KIND_LABELS[detail.kind]} · ${where ?? ""}`}
        actions={
          <div className="flex flex-wrap gap-2">
            <ButtonLink variant="secondary" href={page.basePath}>
              К списку анкет
            </ButtonLink>
            <ButtonLink href={`${page.basePath}/${detail.id}/results`}>Результаты</ButtonLink>
          </div>
        }
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-4 text-lg font-semibold text-slate-900">Кому, где и когда</h2>
          {options ? (
            <SettingsForm initial={settingsOf(detail)} forms={options.forms} regions={[]} copySources={[]} anonymityLocked={detail.history.some((v) => v.status !== "DRAFT")} hrefFor={`${page.basePath}/{id}`} />
          ) : (
            <dl className="grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-slate-600">Кто отвечает</dt>
                <dd>{detail.audience.map((a) => AUDIENCE_LABELS[a]).join(", ")}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Сроки</dt>
                <dd>{[detail.opensOn ? `с ${formatDate(detail.opensOn)}` : null, detail.closesOn ? `до ${formatDate(detail.closesOn)}` : null].filter(Boolean).join(" ") || "без срока"}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Этап программы</dt>
                <dd>{STAGE_LABELS[detail.stage]}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Анонимность</dt>
                <dd>{detail.isAnonymous ? "анонимная" : "с именем отвечающего"}</dd>
              </div>
            </dl>
          )}
        </Card>
        <Card>
          <h2 className="mb-4 text-lg font-semibold text-slate-900">{detail.editable ? "Вопросы" : "Вопросы опубликованной версии"}</h2>
          {detail.editable ? (
            <QuestionnaireBuilder
              templateId={detail.id}
              version={detail.version}
              initial={detail.editing}
              draftVersionNo={detail.draft?.versionNo ?? null}
              publishedVersionNo={detail.published?.versionNo ?? null}
              nextVersionNo={detail.draft ? detail.draft.versionNo : lastNo + 1}
            />
          ) : detail.published ? (
            <div className="mx-auto max-w-2xl">
              <QuestionnaireForm definition={detail.published.definition} initialValues={toFormValues(detail.published.definition, null)} mode="preview" />
            </div>
          ) : (
            <p className="text-sm text-slate-600">Анкета ещё не опубликована.</p>
          )}
        </Card>
        <section aria-labelledby="versions" className="space-y-3">
          <h2 id="versions" className="text-lg font-semibold text-slate-900">Версии</h2>
          <p className="text-sm text-slate-600">Опубликованная версия не меняется; каждый ответ хранится с той версией, на которую отвечали.</p>
          <Versions detail={detail} />
        </section>
      </div>
    </>
  );
}

export async function ResultsPage({ principal, page, templateId, search }: Base & { templateId: string; search: Record<string, string | string[] | undefined> }) {
  const filter = parseResultsFilter(search);
  const results = await getResults(principal, templateId, page.unit, filter);
  if (!results) notFound();
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  const exportHref = (kind: "raw" | "summary") => `${page.basePath}/${templateId}/export?${new URLSearchParams({ kind })}${query ? `&${query}` : ""}`;
  return (
    <>
      <PageHeader
        title={`Результаты: ${results.template.title}`}
        subtitle={page.name}
        actions={
          <ButtonLink variant="secondary" href={`${page.basePath}/${templateId}`}>
            К анкете
          </ButtonLink>
        }
      />
      <div className="space-y-6">
        <ResultsFilters action={`${page.basePath}/${templateId}/results`} unitLevel={page.unit.level} options={results.options} value={filter} exportRaw={results.suppressed ? null : exportHref("raw")} exportSummary={exportHref("summary")} />
        <ResultsView results={results} />
      </div>
    </>
  );
}
