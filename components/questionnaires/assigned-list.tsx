import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { countRu, formatDate, formatLocalDate } from "@/lib/format";
import type { AssignedQuestionnaire } from "@/lib/questionnaires/audience";

function state(q: AssignedQuestionnaire) {
  if (q.progress === "answered") return <Badge tone="success">вы ответили</Badge>;
  if (q.state === "upcoming") return <Badge>откроется {formatDate(q.opensOn!)}</Badge>;
  if (q.state === "closed") return <Badge>закрыта</Badge>;
  if (q.progress === "draft") return <Badge tone="warning">черновик</Badge>;
  return <Badge tone="info">ждёт ответа</Badge>;
}

/** The respondent's questionnaires: what waits for an answer first, each with its state and deadline. */
export function AssignedList({ items, hrefFor }: { items: AssignedQuestionnaire[]; hrefFor: (id: string) => string }) {
  if (!items.length) {
    return <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">Сейчас для вас нет анкет. Когда куратор или координатор опубликует анкету для вас, она появится здесь.</p>;
  }
  const order = (q: AssignedQuestionnaire) => (q.progress === "answered" || q.state === "closed" ? 2 : q.state === "upcoming" ? 1 : 0);
  const sorted = [...items].sort((a, b) => order(a) - order(b));
  return (
    <ul className="grid gap-4">
      {sorted.map((q) => {
        const canAnswer = q.state === "open" && q.progress !== "answered";
        return (
          <li key={q.id} className="flex flex-wrap items-start justify-between gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <div className="min-w-0 flex-1 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="text-base font-semibold text-slate-900">{q.title}</h2>
                {state(q)}
                {q.isAnonymous ? <Badge>анонимно</Badge> : null}
              </div>
              {q.description ? <p className="text-sm text-slate-700">{q.description}</p> : null}
              <p className="text-xs text-slate-500">
                {countRu(q.questionCount, ["вопрос", "вопроса", "вопросов"])}
                {q.closesOn ? ` · ответить до ${formatDate(q.closesOn)} включительно` : ""}
                {q.progress === "draft" && q.draftSavedAt ? ` · черновик сохранён ${formatLocalDate(q.draftSavedAt)}` : ""}
              </p>
            </div>
            {canAnswer ? (
              <ButtonLink href={hrefFor(q.id)} aria-label={`${q.progress === "draft" ? "Продолжить" : "Заполнить"}: ${q.title}`}>
                {q.progress === "draft" ? "Продолжить" : "Заполнить"}
              </ButtonLink>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
