import { Field, Input } from "@/components/ui/field";
import { GENERATED_ORDERS } from "@/lib/documents/generated";
import type { GeneratedOrderKind } from "@/lib/documents/schemas";

/**
 * The order's number and date, then the Word draft from the route handler (a plain GET download,
 * so it works without JavaScript). The school prints it, signs it and uploads the scan here.
 */
export function OrderForm({ action, kind, academicYearId, today }: { action: string; kind: GeneratedOrderKind; academicYearId: string; today: string }) {
  const order = GENERATED_ORDERS[kind];
  return (
    <form action={action} method="get" className="space-y-3" aria-label={`Сформировать: ${order.title}`}>
      <input type="hidden" name="academicYearId" value={academicYearId} />
      <p className="text-sm text-slate-600">{order.hint}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Номер приказа">{(props) => <Input {...props} name="number" required maxLength={50} placeholder="например, 152-о" />}</Field>
        <Field label="Дата приказа">{(props) => <Input {...props} name="date" type="date" required defaultValue={today} />}</Field>
      </div>
      <button type="submit" className="rounded-lg bg-white px-4 py-2 text-sm font-semibold text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
        Скачать проект приказа (.docx)
      </button>
    </form>
  );
}
