import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Card, Stat } from "@/components/ui/card";
import { countRu } from "@/lib/format";
import { describeQuestion } from "@/lib/questionnaires/definition";
import { STAGE_LABELS } from "@/lib/questionnaires/labels";
import type { Count, QuestionResult } from "@/lib/questionnaires/results";
import { MIN_GROUP } from "@/lib/questionnaires/results";
import type { Results } from "@/lib/questionnaires/results-queries";
import { ComparisonChart, DistributionChart } from "./results-charts";

const number = (value: number | null) => (value === null ? "—" : new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2 }).format(value));
const percent = (share: number) => `${new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 }).format(share * 100)}%`;

function SmallTable({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-600">
          {head.map((cell, i) => (
            <th key={i} scope="col" className={i ? "px-2 py-1 text-right font-medium" : "py-1 pr-2 font-medium"}>
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r} className="border-b border-slate-100 last:border-0">
            {row.map((cell, i) => (
              <td key={i} className={i ? "px-2 py-1 text-right tabular-nums" : "py-1 pr-2 text-slate-800"}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Distribution({ counts, label }: { counts: Count[]; label: string }) {
  const top = [...counts].sort((a, b) => b.count - a.count)[0];
  const summary = `Диаграмма: ${label}. ${top ? `Чаще всего — «${top.label}», ${percent(top.share)}.` : ""} Точные значения — в таблице рядом.`;
  return (
    <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
      <DistributionChart data={counts.map((c) => ({ label: c.label, value: c.share }))} summary={summary} />
      <SmallTable caption={`Распределение ответов: ${label}`} head={["Вариант", "Ответов", "Доля"]} rows={counts.map((c) => [c.label, c.count, percent(c.share)])} />
    </div>
  );
}

function QuestionBlock({ result, index }: { result: QuestionResult; index: number }) {
  const { question } = result;
  let body: ReactNode;
  if (result.suppressed) {
    body = <p className="text-sm text-slate-600">Ответили меньше {MIN_GROUP} человек: в анонимной анкете такие ответы не показываются.</p>;
  } else if (result.answered === 0) {
    body = <p className="text-sm text-slate-600">На этот вопрос пока никто не ответил.</p>;
  } else {
    switch (result.kind) {
      case "choice":
        body = <Distribution counts={result.counts} label={question.label} />;
        break;
      case "scale":
        body = (
          <div className="space-y-3">
            <p className="text-sm text-slate-800">
              Среднее: <strong>{number(result.mean)}</strong> · медиана: <strong>{number(result.median)}</strong>
            </p>
            <Distribution counts={result.counts.map((c) => ({ ...c, label: `оценка ${c.label}` }))} label={question.label} />
          </div>
        );
        break;
      case "number":
        body = (
          <p className="text-sm text-slate-800">
            Среднее: <strong>{number(result.mean)}</strong> · медиана: <strong>{number(result.median)}</strong>
            {result.min !== null ? ` · от ${number(result.min)} до ${number(result.max)}` : ""}
          </p>
        );
        break;
      case "date":
        body = <p className="text-sm text-slate-800">{result.earliest ? `Самая ранняя дата: ${result.earliest.split("-").reverse().join(".")}, самая поздняя: ${result.latest!.split("-").reverse().join(".")}.` : "Даты в анонимной анкете не показываются."}</p>;
        break;
      case "text":
        body =
          result.texts === null ? (
            <p className="text-sm text-slate-600">Текстовые ответы анонимной анкеты не показываются: по ним можно узнать автора.</p>
          ) : (
            <ul className="max-h-72 space-y-2 overflow-y-auto text-sm text-slate-800" tabIndex={0} aria-label={`Ответы на вопрос «${question.label}»`}>
              {result.texts.map((text, i) => (
                <li key={i} className="rounded-lg bg-slate-50 px-3 py-2 whitespace-pre-line">
                  {text}
                </li>
              ))}
            </ul>
          );
        break;
      case "matrix":
        body = (
          <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
            <DistributionChart
              unit="mean"
              data={result.rows.filter((r) => r.mean !== null).map((r) => ({ label: r.label, value: r.mean! }))}
              summary={`Диаграмма средних оценок: ${question.label}. Значения — в таблице рядом.`}
            />
            <SmallTable caption={`Средние оценки: ${question.label}`} head={["Утверждение", "Ответов", "Среднее", "Медиана"]} rows={result.rows.map((r) => [r.label, r.answered, number(r.mean), number(r.median)])} />
          </div>
        );
        break;
    }
  }
  return (
    <article className="space-y-3 border-t border-slate-100 pt-5 first:border-0 first:pt-0" aria-labelledby={`result-${question.id}`}>
      <div>
        <h3 id={`result-${question.id}`} className="font-medium text-slate-900">
          {index}. {question.label}
        </h3>
        <p className="text-xs text-slate-500">
          {describeQuestion(question)} · {countRu(result.answered, ["ответ", "ответа", "ответов"])}
        </p>
      </div>
      {body}
    </article>
  );
}

function ComparisonBlock({ comparison }: { comparison: NonNullable<Results["comparison"]> }) {
  const means = comparison.filter((c) => c.kind === "mean" && c.before !== null && c.after !== null) as Array<Extract<typeof comparison[number], { kind: "mean" }>>;
  const shares = comparison.filter((c) => c.kind === "shares");
  return (
    <Card>
      <h2 className="mb-1 text-lg font-semibold text-slate-900">До и после программы</h2>
      <p className="mb-4 text-sm text-slate-600">Ответы, данные в начале программы, и ответы по её итогам на те же вопросы.</p>
      {means.length ? (
        <div className="mb-6 grid gap-4 lg:grid-cols-[3fr_2fr]">
          <ComparisonChart unit="mean" data={means.map((c) => ({ label: c.label, before: c.before!, after: c.after! }))} summary="Диаграмма средних оценок в начале и по итогам программы. Значения — в таблице рядом." />
          <SmallTable caption="Средние оценки до и после" head={["Вопрос", "До", "После"]} rows={means.map((c) => [c.label, number(c.before), number(c.after)])} />
        </div>
      ) : null}
      {shares.map((c) =>
        c.kind === "shares" ? (
          <div key={c.question.id} className="mb-4">
            <h3 className="mb-2 text-sm font-medium text-slate-900">{c.question.label}</h3>
            <SmallTable caption={`Доли ответов до и после: ${c.question.label}`} head={["Вариант", "До", "После"]} rows={c.options.map((o) => [o.label, percent(o.before), percent(o.after)])} />
          </div>
        ) : null,
      )}
    </Card>
  );
}

/** The results page's body: who answered, per question figures and charts, and the comparison. */
export function ResultsView({ results }: { results: Results }) {
  const firstIndex = results.sections.map((_, s) => results.sections.slice(0, s).reduce((n, x) => n + x.questions.length, 1));
  return (
    <div className="space-y-6">
      <dl className="grid gap-4 sm:grid-cols-3" aria-label="Ответы и охват">
        <Stat label="Ответов" value={results.answers} />
        <Stat label="Могут ответить" value={results.audience} hint="участники с учётной записью, кому адресована анкета" />
        {results.rates.map((rate) => (
          <Stat key={rate.stage} label={results.rates.length > 1 ? `Доля ответивших (${STAGE_LABELS[rate.stage]})` : "Доля ответивших"} value={rate.rate === null ? "—" : percent(rate.rate)} hint={countRu(rate.answers, ["ответ", "ответа", "ответов"])} />
        ))}
      </dl>
      {results.template.isAnonymous ? (
        <Alert tone="info">Анкета анонимная: показываются только сводные цифры по группам от {MIN_GROUP} ответов, текстовые ответы не показываются.</Alert>
      ) : null}
      {results.suppressed ? (
        <Alert tone="info">
          С выбранными условиями ответов меньше {MIN_GROUP} или их можно вычислить, сняв один из фильтров. Чтобы никого нельзя было узнать, результаты не показываются: выберите более широкую группу.
        </Alert>
      ) : results.answers === 0 ? (
        <Alert tone="info">Ответов пока нет. Когда участники ответят, здесь появятся распределения и диаграммы.</Alert>
      ) : (
        <>
          {results.comparison?.length ? <ComparisonBlock comparison={results.comparison} /> : null}
          {results.sections.map((section, s) => (
            <Card key={section.id}>
              <h2 className="mb-4 text-lg font-semibold text-slate-900">{section.title}</h2>
              <div className="space-y-5">
                {section.questions.map((result, q) => (
                  <QuestionBlock key={result.question.id} result={result} index={firstIndex[s] + q} />
                ))}
              </div>
            </Card>
          ))}
        </>
      )}
    </div>
  );
}
