import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { countRu } from "@/lib/format";
import type { FormUsage } from "@/lib/dashboards/queries";

const PAIR_FORMS = ["пара", "пары", "пар"] as const;

/** Active pairs by mentoring form, with the forms nobody uses called out. */
export function FormUsageList({ forms }: { forms: FormUsage[] }) {
  const max = Math.max(1, ...forms.map((form) => form.activePairs));
  const unused = forms.filter((form) => form.activePairs === 0);
  return (
    <Card className="mt-6">
      <CardTitle>Пары и группы по формам наставничества</CardTitle>
      {forms.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">
          Каталог форм наставничества пока пуст: администратор платформы заполняет его в разделе настроек.
        </p>
      ) : (
        <ul className="mt-4 space-y-3">
          {forms.map((form) => (
            <li key={form.formId} className="grid grid-cols-[minmax(9rem,14rem)_1fr_auto] items-center gap-3">
              <span className="text-sm font-medium text-slate-800">{form.name}</span>
              <span className="h-2.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                <span
                  className="block h-full rounded-full bg-brand-500"
                  style={{ width: `${(form.activePairs / max) * 100}%` }}
                />
              </span>
              <span className="text-right text-sm tabular-nums text-slate-700">
                {form.activePairs === 0 ? <Badge tone="warning">не используется</Badge> : countRu(form.activePairs, PAIR_FORMS)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {unused.length > 0 ? (
        <p className="mt-4 text-sm text-slate-600">
          Формы без внимания в этом году: {unused.map((form) => form.name).join(", ")}.
        </p>
      ) : null}
    </Card>
  );
}
