import { Card, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/field";

/** The order's number and date, then the .docx from the route handler (a plain GET download). */
export function OrderDownloadForm({ action, today }: { action: string; today: string }) {
  return (
    <Card className="mt-8">
      <CardTitle>Приказ о закреплении наставнических пар (групп)</CardTitle>
      <p className="mt-1 text-sm text-slate-600">
        Word-файл с действующими парами учебного года: распечатайте, подпишите и загрузите скан в документы школы.
      </p>
      <form action={action} method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="block font-medium text-slate-800">Номер приказа</span>
          <Input name="number" required maxLength={50} className="mt-1 w-40" />
        </label>
        <label className="text-sm">
          <span className="block font-medium text-slate-800">Дата приказа</span>
          <Input name="date" type="date" required defaultValue={today} className="mt-1 w-44" />
        </label>
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Скачать приказ (.docx)
        </button>
      </form>
    </Card>
  );
}
