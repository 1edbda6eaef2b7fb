import Link from "next/link";
import { PageHeader } from "@/components/app-shell/app-shell";
import { Card, CardTitle } from "@/components/ui/card";
import { formatDate, formatLocalDate, fullName } from "@/lib/format";
import { isoOf } from "@/lib/plans/dates";
import { PLAN_DIRECTION_LABELS, PLAN_KIND_LABELS, PLAN_KIND_TITLES } from "@/lib/plans/labels";
import { dueState } from "@/lib/plans/progress";
import type { getItemSources, PlanView as Plan } from "@/lib/plans/queries";
import { cn } from "@/components/ui/cn";
import { DueLabel, StatusBadge } from "./due-label";
import { ItemSourcesForm } from "./item-sources-form";
import { ItemStatusForm } from "./item-status-form";
import { PlanItemNew } from "./plan-item-new";
import { PlanSettingsForm } from "./plan-settings-form";
import { ProgressBar } from "./progress-bar";
import { routesFor, type WorkspaceScope } from "./routes";

type Sources = Awaited<ReturnType<typeof getItemSources>> | null;

/** A development plan: progress, items (each opens its page), and what the viewer may do. */
export function PlanView({ plan, scope, today, sources }: { plan: Plan; scope: WorkspaceScope; today: Date; sources: Sources }) {
  const routes = routesFor(scope);
  const caps = plan.capabilities;
  return (
    <>
      <PageHeader
        title={`План: ${fullName(plan.mentee)}`}
        subtitle={`${plan.title}${plan.title.startsWith(PLAN_KIND_TITLES[plan.kind]) ? "" : ` (${PLAN_KIND_LABELS[plan.kind]})`} · наставник ${fullName(plan.pair.mentor)} · ${plan.pair.form.name} · ${formatDate(plan.startsOn)} — ${formatDate(plan.endsOn)}`}
        actions={
          <Link href={routes.pair(plan.pair.id)} className="text-sm font-medium text-brand-700 hover:underline">
            К паре →
          </Link>
        }
      />
      <div className="space-y-6">
        <Card className="p-4 sm:p-6">
          <ProgressBar progress={plan.progress} />
          <p className="mt-2 text-xs text-slate-500">Прогресс считается по пунктам: выполненные из всех, кроме отменённых.</p>
        </Card>

        <section aria-labelledby="items-heading">
          <h2 id="items-heading" className="mb-3 text-lg font-semibold text-slate-900">
            Пункты плана
          </h2>
          {plan.items.length === 0 ? (
            <Card className="p-4 sm:p-6">
              <p className="text-sm text-slate-700">
                В плане пока нет пунктов.{" "}
                {caps.addItems ? "Добавьте их ниже — по одному, из шаблона или по ответам диагностики затруднений." : "Наставник добавляет их вместе с наставляемым."}
              </p>
            </Card>
          ) : (
            <ol className="space-y-3">
              {plan.items.map((item, index) => {
                const state = dueState(item, today);
                const reflections = item.comments.filter((c) => c.isReflection).length;
                return (
                  <li
                    key={item.id}
                    data-testid="plan-item"
                    className={cn("rounded-xl border bg-white p-4 shadow-sm", state === "overdue" ? "border-red-300 border-l-4 border-l-red-500" : "border-slate-200")}
                  >
                    <div className="flex flex-wrap items-center gap-2 text-xs">
                      <span className="font-semibold text-slate-500">№ {index + 1}</span>
                      <StatusBadge status={item.status} />
                      <DueLabel dueOn={item.dueOn} state={state} />
                    </div>
                    <h3 className="mt-2 font-semibold text-slate-900">
                      <Link href={routes.item(plan.id, item.id)} className="hover:underline">
                        {item.goal}
                      </Link>
                    </h3>
                    <p className="mt-1 text-sm text-slate-600">
                      {PLAN_DIRECTION_LABELS[item.direction]}
                      {item.difficulty ? ` · ${item.difficulty}` : ""}
                    </p>
                    {item.expectedProduct ? <p className="mt-1 text-sm text-slate-700">Продукт: {item.expectedProduct}</p> : null}
                    <p className="mt-1 text-xs text-slate-600">
                      {[
                        item.evidenceFile ? `файл: ${item.evidenceFile.originalName}` : null,
                        item.evidenceUrl ? "есть ссылка на результат" : null,
                        item.comments.length ? `комментариев: ${item.comments.length}` : null,
                        reflections ? `рефлексия: ${reflections}` : null,
                        item._count.visits ? `посещений: ${item._count.visits}` : null,
                        item._count.meetings ? `встреч: ${item._count.meetings}` : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                    {caps.setStatus && !caps.editItems ? (
                      <div className="mt-3">
                        <ItemStatusForm itemId={item.id} version={item.version} status={item.status} label={`Статус пункта № ${index + 1}`} />
                      </div>
                    ) : null}
                    <Link href={routes.item(plan.id, item.id)} className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
                      {caps.editItems ? "Открыть и изменить" : caps.comment ? "Открыть, написать рефлексию" : "Открыть"}
                      <span className="sr-only"> пункт № {index + 1}</span> →
                    </Link>
                  </li>
                );
              })}
            </ol>
          )}
        </section>

        {caps.addItems ? (
          <Card className="p-4 sm:p-6">
            <PlanItemNew planId={plan.id} />
          </Card>
        ) : null}
        {caps.addItems && sources ? (
          <Card className="p-4 sm:p-6">
            <CardTitle>Пункты из диагностики затруднений или шаблона</CardTitle>
            <div className="mt-4">
              <ItemSourcesForm
                planId={plan.id}
                templates={sources.templates.map((t) => ({ id: t.id, title: t.title, source: t.region ? t.region.name : "шаблон платформы", items: t.items.length }))}
                diagnostic={
                  sources.diagnostic && {
                    title: sources.diagnostic.title,
                    submittedOn: formatLocalDate(sources.diagnostic.submittedAt),
                    suggestions: sources.diagnostic.suggestions.map(({ key, goal, difficulty, direction, basis, inPlan }) => ({ key, goal, difficulty, direction, basis, inPlan })),
                  }
                }
              />
            </div>
          </Card>
        ) : null}
        {caps.editPlan ? (
          <Card className="p-4 sm:p-6">
            <PlanSettingsForm
              planId={plan.id}
              version={plan.version}
              saved={{ kind: plan.kind, title: plan.title, startsOn: isoOf(plan.startsOn), endsOn: isoOf(plan.endsOn) }}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
