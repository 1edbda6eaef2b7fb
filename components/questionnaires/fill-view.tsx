import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import type { Principal } from "@/lib/access";
import { formatDate } from "@/lib/format";
import { FILL_MESSAGES } from "@/lib/questionnaires/audience";
import { STAGE_LABELS } from "@/lib/questionnaires/labels";
import { getFillPage } from "@/lib/questionnaires/queries";
import { QuestionnaireForm } from "./questionnaire-form";

/** A respondent's questionnaire: the form of the published version with their draft, or why it cannot be answered now. */
export async function FillView({ principal, templateId, backHref }: { principal: Principal; templateId: string; backHref: string }) {
  const page = await getFillPage(principal, templateId);
  if (!page) notFound();
  const { assignment } = page;
  const { template } = assignment;
  const back = (
    <ButtonLink variant="secondary" href={backHref}>
      К списку анкет
    </ButtonLink>
  );
  let blocked: string | null = null;
  if (assignment.answered) blocked = FILL_MESSAGES.answered;
  else if (assignment.state === "upcoming") blocked = FILL_MESSAGES.upcoming(template.opensOn!);
  else if (assignment.state === "closed") blocked = FILL_MESSAGES.closed(template.closesOn!);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={template.title} subtitle={[template.stage !== "ANY" ? `Этап: ${STAGE_LABELS[template.stage]}` : null, template.closesOn ? `Ответить до ${formatDate(template.closesOn)} включительно` : null].filter(Boolean).join(" · ") || undefined} actions={back} />
      <div className="space-y-4">
        {template.description ? <p className="text-sm text-slate-700">{template.description}</p> : null}
        {template.isAnonymous ? (
          <Alert tone="info">Анкета анонимная: ответы сохраняются без вашего имени и без времени отправки, в результатах их нельзя связать с вами.</Alert>
        ) : (
          <p className="text-sm text-slate-600">Ответы сохраняются с вашим именем: их увидят куратор школы и координаторы.</p>
        )}
        {page.carriedOver && !blocked ? <Alert tone="info">Анкету обновили, пока вы её заполняли. Ваши ответы перенесены в новую версию — проверьте их перед отправкой.</Alert> : null}
        {blocked ? (
          <Alert tone={assignment.answered ? "success" : "info"}>{blocked}</Alert>
        ) : (
          <QuestionnaireForm
            definition={assignment.definition}
            initialValues={page.values}
            mode="fill"
            templateId={template.id}
            submissionVersion={page.submissionVersion}
            draftSavedAt={page.draftSavedAt?.toISOString() ?? null}
            anonymous={template.isAnonymous}
          />
        )}
      </div>
    </div>
  );
}
