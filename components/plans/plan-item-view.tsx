import Link from "next/link";
import { PageHeader } from "@/components/app-shell/app-shell";
import { Card, CardTitle } from "@/components/ui/card";
import { formatDate, formatLocalDate, formatTime, fullName, VISIT_DIRECTION_LABELS } from "@/lib/format";
import { isoOf } from "@/lib/plans/dates";
import { PLAN_DIRECTION_LABELS } from "@/lib/plans/labels";
import { dueState } from "@/lib/plans/progress";
import type { PlanItemView as Item } from "@/lib/plans/queries";
import { CommentForm } from "./comment-form";
import { DueLabel, StatusBadge } from "./due-label";
import { DeleteItemButton } from "./delete-item-button";
import { ItemStatusForm } from "./item-status-form";
import { PlanItemEditor } from "./plan-item-editor";
import { routesFor, type WorkspaceScope } from "./routes";

const AUTHOR = { MENTOR: "Наставник", MENTEE: "Наставляемый", CURATOR: "Куратор" } as const;

/** One plan item: what it is about, its evidence, the work logged for it, comments and reflection. */
export function PlanItemView({ item, scope, today }: { item: Item; scope: WorkspaceScope; today: Date }) {
  const routes = routesFor(scope);
  const caps = item.capabilities;
  const menteeHasAccount = Boolean(item.plan.mentee.userId);
  const reflection = !caps.reflect ? null : caps.editPlan && !menteeHasAccount ? "for-mentee" : "own";
  return (
    <>
      <PageHeader
        title={item.goal}
        subtitle={`${item.plan.title}: ${fullName(item.plan.mentee)}`}
        actions={
          <Link href={routes.plan(item.planId)} className="text-sm font-medium text-brand-700 hover:underline">
            ← Ко всему плану
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          <Card className="p-4 sm:p-6">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <StatusBadge status={item.status} />
              <DueLabel dueOn={item.dueOn} state={dueState(item, today)} />
              {item.completedOn ? <span className="text-slate-600">выполнено {formatDate(item.completedOn)}</span> : null}
            </div>
            <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-2">
              <Detail label="Направление" value={PLAN_DIRECTION_LABELS[item.direction]} />
              <Detail label="Затруднение или компетенция" value={item.difficulty} />
              <Detail label="Что делаем" value={item.activity} />
              <Detail label="Ожидаемый продукт" value={item.expectedProduct} />
            </dl>
            <div className="mt-4 text-sm">
              <p className="text-slate-500">Результат</p>
              {item.evidenceFile || item.evidenceUrl ? (
                <ul className="mt-1 space-y-1">
                  {item.evidenceFile ? (
                    <li>
                      <a href={`/api/files/${item.evidenceFile.id}`} className="font-medium text-brand-700 hover:underline">
                        {item.evidenceFile.originalName}
                      </a>{" "}
                      <span className="text-slate-500">({Math.max(1, Math.round(item.evidenceFile.sizeBytes / 1024))} КБ)</span>
                    </li>
                  ) : null}
                  {item.evidenceUrl ? (
                    <li>
                      <a href={item.evidenceUrl} rel="noopener noreferrer nofollow" target="_blank" className="break-all font-medium text-brand-700 hover:underline">
                        {item.evidenceUrl}
                      </a>
                    </li>
                  ) : null}
                </ul>
              ) : (
                <p className="mt-1 text-slate-700">Файл или ссылка на результат ещё не приложены.</p>
              )}
            </div>
            {caps.setStatus && !caps.editItems ? (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <ItemStatusForm itemId={item.id} version={item.version} status={item.status} />
              </div>
            ) : null}
          </Card>

          {caps.editItems ? (
            <Card className="p-4 sm:p-6">
              <CardTitle>Изменить пункт</CardTitle>
              <div className="mt-4">
                <PlanItemEditor
                  itemId={item.id}
                  version={item.version}
                  evidence={item.evidenceFile ? { id: item.evidenceFile.id, name: item.evidenceFile.originalName } : null}
                  saved={{
                    goal: item.goal,
                    direction: item.direction,
                    difficulty: item.difficulty ?? "",
                    activity: item.activity ?? "",
                    expectedProduct: item.expectedProduct ?? "",
                    dueOn: isoOf(item.dueOn),
                    status: item.status,
                    evidenceUrl: item.evidenceUrl ?? "",
                  }}
                />
              </div>
              {caps.deleteItems ? (
                <div className="mt-6 border-t border-slate-100 pt-4">
                  <DeleteItemButton itemId={item.id} version={item.version} planHref={routes.plan(item.planId)} />
                </div>
              ) : null}
            </Card>
          ) : null}
        </div>

        <div className="space-y-6 lg:col-span-2">
          <Card className="p-4 sm:p-6">
            <CardTitle>Комментарии и рефлексия</CardTitle>
            {item.comments.length === 0 ? (
              <p className="mt-3 text-sm text-slate-600">Пока пусто.</p>
            ) : (
              <ul className="mt-3 space-y-3 text-sm">
                {item.comments.map((comment) => (
                  <li key={comment.id} className={comment.isReflection ? "rounded-lg border-l-4 border-emerald-500 bg-emerald-50 p-3" : "rounded-lg bg-slate-50 p-3"}>
                    <p className="text-xs text-slate-600">
                      <span className="font-semibold text-slate-800">
                        {comment.isReflection ? (comment.authorRole === "MENTEE" ? "Рефлексия наставляемого" : "Рефлексия наставляемого (записана с его слов)") : AUTHOR[comment.authorRole]}
                      </span>
                      {comment.authorName ? ` · ${comment.authorName}` : ""} · {formatLocalDate(comment.createdAt)} {formatTime(comment.createdAt)}
                    </p>
                    <p className="mt-1 whitespace-pre-line text-slate-800">{comment.body}</p>
                  </li>
                ))}
              </ul>
            )}
            {caps.comment ? (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <CommentForm itemId={item.id} reflection={reflection} />
              </div>
            ) : null}
          </Card>

          <Card className="p-4 sm:p-6">
            <CardTitle>Работа по пункту</CardTitle>
            {item.visits.length + item.meetings.length === 0 ? (
              <p className="mt-3 text-sm text-slate-600">Посещений уроков и встреч по этому пункту пока нет.</p>
            ) : (
              <ul className="mt-3 space-y-2 text-sm">
                {item.visits.map((visit) => (
                  <li key={visit.id}>
                    <Link href={routes.visit(visit.id)} className="font-medium text-brand-700 hover:underline">
                      Посещение {formatDate(visit.visitedOn)}
                    </Link>{" "}
                    · {visit.subject}
                    {visit.className ? `, ${visit.className}` : ""} · {VISIT_DIRECTION_LABELS[visit.direction]}
                  </li>
                ))}
                {item.meetings.map((meeting) => (
                  <li key={meeting.id}>
                    <Link href={routes.meeting(meeting.id)} className="font-medium text-brand-700 hover:underline">
                      Встреча {formatDate(meeting.heldOn)}
                    </Link>{" "}
                    · {meeting.topic}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}

function Detail({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-900">{value || "—"}</dd>
    </div>
  );
}
