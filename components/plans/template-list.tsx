import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { PLAN_KIND_LABELS } from "@/lib/plans/labels";
import type { listPlanTemplates } from "@/lib/plans/templates";

type Row = Awaited<ReturnType<typeof listPlanTemplates>>[number];

export function TemplateList({ templates, hrefFor, caption, empty }: { templates: Row[]; hrefFor: (id: string) => string; caption: string; empty: string }) {
  return (
    <Table caption={caption} head={["Шаблон", "Вид", "Форма", "Пунктов", "Состояние"]} isEmpty={templates.length === 0} empty={empty}>
      {templates.map((t) => (
        <tr key={t.id}>
          <Td>
            <Link href={hrefFor(t.id)} className="font-medium text-brand-700 hover:underline">
              {t.title}
            </Link>
          </Td>
          <Td>{PLAN_KIND_LABELS[t.kind]}</Td>
          <Td>{t.form?.name ?? "любая"}</Td>
          <Td>{t._count.items}</Td>
          <Td>{t.isActive ? <Badge tone="success">действует</Badge> : <Badge>не предлагается</Badge>}</Td>
        </tr>
      ))}
    </Table>
  );
}
