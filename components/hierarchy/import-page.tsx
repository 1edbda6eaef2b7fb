import Link from "next/link";
import { PageHeader } from "@/components/app-shell/app-shell";
import { ImportWizard } from "@/components/import/import-wizard";
import { Card } from "@/components/ui/card";
import { importHierarchyAction } from "@/lib/hierarchy/actions";
import { HIERARCHY_KEY_HELP } from "@/lib/hierarchy/import";

/** The hierarchy import of a region (a coordinator, the admin) or of the whole platform (the admin). */
export function HierarchyImportPage({ base, regionId, subtitle }: { base: string; regionId: string | null; subtitle: string }) {
  return (
    <>
      <PageHeader
        title="Импорт муниципалитетов и школ из Excel"
        subtitle={subtitle}
        actions={<Link href={base} className="text-sm text-brand-700 hover:underline">← К структуре</Link>}
      />
      <Card className="mb-6">
        <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
          <li>
            <a href={`${base}/import/template`} className="font-medium text-brand-700 underline" download>
              Скачайте шаблон
            </a>{" "}
            и заполните лист «Школы»: одна строка — одна школа (подсказки — на листе «Справка»).
          </li>
          <li>Загрузите файл: платформа проверит каждую строку и покажет ошибки. Пока вы не подтвердите загрузку, ничего не записывается.</li>
          <li>{HIERARCHY_KEY_HELP}</li>
        </ol>
      </Card>
      <Card>
        <ImportWizard
          previewUrl={`${base}/import/preview`}
          action={importHierarchyAction}
          fields={{ regionId: regionId ?? "" }}
          labels={{
            item: "Школа или муниципалитет",
            creates: "новая запись",
            updates: "обновление: запись с этим кодом уже есть",
            choose: "Выберите файл со списком школ.",
            importing: "Записываем муниципалитеты и школы…",
            noun: ["строку", "строки", "строк"],
            done: { href: base, label: "Открыть структуру" },
          }}
        />
      </Card>
    </>
  );
}
