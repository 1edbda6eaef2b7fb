import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { ImportWizard } from "@/components/import/import-wizard";
import { importParticipantsAction } from "@/lib/participants/actions";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { findSchool } from "@/lib/hierarchy/queries";
import { NATURAL_KEY_HELP } from "@/lib/participants/keys";

export default async function ImportParticipantsPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const principal = await requirePrincipal();
  const school = await findSchool(principal, schoolId);
  if (!school || !can(principal, "create", "participant", { ...school, schoolId: school.id })) notFound();
  const base = `/school/${schoolId}/participants`;
  return (
    <>
      <PageHeader
        title="Импорт участников из Excel"
        subtitle={school.name}
        actions={<Link href={base} className="text-sm text-brand-700 hover:underline">← К списку участников</Link>}
      />
      <Card className="mb-6">
        <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
          <li>
            <a href={`${base}/import/template`} className="font-medium text-brand-700 underline" download>Скачайте шаблон</a> и заполните лист «Участники»
            (подсказки — на листе «Справка»; строки-примеры удалите).
          </li>
          <li>Загрузите файл: платформа проверит каждую строку и покажет ошибки. Пока вы не подтвердите загрузку, ничего не записывается.</li>
          <li>{NATURAL_KEY_HELP}</li>
        </ol>
      </Card>
      <Card>
        <ImportWizard
          previewUrl={`${base}/import/preview`}
          action={importParticipantsAction}
          fields={{ schoolId }}
          labels={{
            item: "Участник",
            creates: "новый участник",
            updates: "обновление: участник уже есть в базе",
            choose: "Выберите файл со списком участников.",
            importing: "Записываем участников в базу…",
            noun: ["участника", "участников", "участников"],
            done: { href: base, label: "Открыть список участников" },
          }}
        />
      </Card>
    </>
  );
}
