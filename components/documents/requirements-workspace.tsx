import { PageHeader } from "@/components/app-shell/app-shell";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import type { EditableRequirement, RequirementRow } from "@/lib/documents/requirements";
import type { TRequirementFields } from "@/lib/documents/schemas";
import { periodChoiceOf } from "@/lib/documents/status";
import { fromDate } from "@/lib/programs/schemas";
import { RequirementForm } from "./requirement-form";
import { RequirementList } from "./requirement-list";

const EMPTY: TRequirementFields = { requirementId: "", loadedAt: "", code: "", title: "", description: "", period: "EVERY_YEAR", academicYearId: "", dueOn: "" };

function valuesOf(requirement: EditableRequirement): TRequirementFields {
  return {
    requirementId: requirement.id,
    loadedAt: requirement.updatedAt.toISOString(),
    code: requirement.code,
    title: requirement.title,
    description: requirement.description ?? "",
    period: periodChoiceOf(requirement),
    academicYearId: requirement.academicYearId ?? "",
    dueOn: fromDate(requirement.dueOn),
  };
}

/** The catalog page of the admin, a region or a municipality: the form (new or the one being changed) and the list. */
export function RequirementsWorkspace(props: {
  subtitle: string;
  ownerHint: string;
  rows: RequirementRow[];
  years: Array<{ id: string; title: string }>;
  editing: EditableRequirement | null;
  mayCreate: boolean;
  listHref: string;
  saved: boolean;
  backLink?: React.ReactNode;
}) {
  const { editing } = props;
  return (
    <>
      {props.backLink}
      <PageHeader title="Требования к документам" subtitle={props.subtitle} />
      {props.saved ? (
        <div className="mb-6">
          <Alert tone="success">Изменения сохранены</Alert>
        </div>
      ) : null}
      {editing || props.mayCreate ? (
        <Card className="mb-8">
          <CardTitle>{editing ? `Изменить: ${editing.title}` : "Новое требование"}</CardTitle>
          <p className="mb-4 mt-1 text-sm text-slate-600">{props.ownerHint}</p>
          <RequirementForm
            key={editing?.id ?? "new"}
            initial={editing ? valuesOf(editing) : EMPTY}
            years={props.years}
            templateName={editing?.templateFile?.originalName ?? null}
            listHref={props.listHref}
          />
        </Card>
      ) : null}
      <RequirementList rows={props.rows} editHref={(id) => `${props.listHref}?edit=${id}`} />
    </>
  );
}
