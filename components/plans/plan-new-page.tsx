import { PageHeader } from "@/components/app-shell/app-shell";
import { formatLocalDate, fullName } from "@/lib/format";
import { isoOf } from "@/lib/plans/dates";
import type { getPlanStartOptions } from "@/lib/plans/queries";
import { PlanNewForm } from "./plan-new-form";
import type { WorkspaceScope } from "./routes";

type Options = NonNullable<Awaited<ReturnType<typeof getPlanStartOptions>>>;

/** The page of a new plan: who it is for and the form. */
export function PlanNewPage({ options, scope }: { options: Options; scope: WorkspaceScope }) {
  const { pair, mentee, templates, diagnostic } = options;
  return (
    <>
      <PageHeader title={`Новый план: ${fullName(mentee)}`} subtitle={`Наставник — ${fullName(pair.mentor)} · ${pair.form.name}`} />
      <PlanNewForm
        scope={scope}
        pairId={pair.id}
        menteeId={mentee.id}
        defaults={{ startsOn: isoOf(pair.startsOn), endsOn: isoOf(pair.endedOn ?? pair.plannedEndOn), yearTitle: pair.academicYear.title }}
        templates={templates.map((t) => ({ id: t.id, title: t.title, source: t.region ? t.region.name : "шаблон платформы", items: t.items.length }))}
        diagnostic={
          diagnostic && {
            title: diagnostic.title,
            submittedOn: formatLocalDate(diagnostic.submittedAt),
            suggestions: diagnostic.suggestions.map(({ key, goal, difficulty, direction, basis }) => ({ key, goal, difficulty, direction, basis })),
          }
        }
      />
    </>
  );
}
