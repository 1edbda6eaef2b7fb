import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import type { QuestionnaireHighlight } from "@/lib/dashboards/questionnaires";
import { countRu } from "@/lib/format";

const ONE_DECIMAL = new Intl.NumberFormat("ru-RU", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Satisfaction and the diagnostic of difficulties: answers, response rate, mean ratings; each opens its results. */
export function QuestionnaireHighlights({ highlights, resultsHref }: { highlights: QuestionnaireHighlight[]; resultsHref: (templateId: string) => string }) {
  return (
    <section aria-labelledby="questionnaire-highlights" className="mt-8">
      <h2 id="questionnaire-highlights" className="mb-3 text-lg font-semibold text-slate-900">
        Удовлетворённость и диагностика
      </h2>
      {highlights.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">
            Ответов на анкеты удовлетворённости и диагностику затруднений здесь пока нет. Опубликуйте анкету в разделе «Анкеты» — результаты появятся здесь.
          </p>
        </Card>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {highlights.map((h) => (
            <Card key={h.templateId}>
              <CardTitle>
                <Link href={resultsHref(h.templateId)} className="text-brand-700 hover:underline">
                  {h.title}
                </Link>
              </CardTitle>
              <p className="mt-1 text-sm text-slate-600">
                {countRu(h.answers, ["ответ", "ответа", "ответов"])}
                {h.rate !== null ? ` · ответили ${Math.round(h.rate * 100)}%` : ""}
              </p>
              {h.suppressed ? (
                <p className="mt-3 text-sm text-slate-600">Ответов слишком мало, чтобы показать их, не раскрыв ответивших: анкета анонимная.</p>
              ) : h.means.length ? (
                <dl className="mt-3 space-y-1 text-sm">
                  {h.means.map((m) => (
                    <div key={m.label} className="flex justify-between gap-4">
                      <dt className="text-slate-700">{m.label}</dt>
                      <dd className="whitespace-nowrap font-medium tabular-nums">
                        {ONE_DECIMAL.format(m.mean)} из {m.max}
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </Card>
          ))}
        </div>
      )}
    </section>
  );
}
