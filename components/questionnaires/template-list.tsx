import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { AUDIENCE_LABELS, KIND_LABELS, LEVEL_LABELS } from "@/lib/questionnaires/labels";
import type { TemplateListItem } from "@/lib/questionnaires/queries";

function period(t: TemplateListItem): string {
  if (t.opensOn && t.closesOn) return `${formatDate(t.opensOn)} – ${formatDate(t.closesOn)}`;
  if (t.opensOn) return `с ${formatDate(t.opensOn)}`;
  if (t.closesOn) return `до ${formatDate(t.closesOn)}`;
  return "без срока";
}

/** Questionnaires with their state, who answers, dates and the number of answers in the unit. */
export function TemplateList({ templates, basePath, caption, empty }: { templates: TemplateListItem[]; basePath: string; caption: string; empty: string }) {
  return (
    <Table caption={caption} head={["Анкета", "Состояние", "Кто отвечает", "Сроки", "Ответов", ""]} isEmpty={templates.length === 0} empty={empty}>
      {templates.map((t) => (
        <tr key={t.id}>
          <Td>
            <Link href={`${basePath}/${t.id}`} className="font-medium text-brand-700 hover:underline">
              {t.title}
            </Link>
            <div className="text-xs text-slate-500">
              {KIND_LABELS[t.kind]} · {t.level === "PLATFORM" ? LEVEL_LABELS.PLATFORM : t.unitName ?? LEVEL_LABELS[t.level]}
              {t.isAnonymous ? " · анонимная" : ""}
            </div>
          </Td>
          <Td>
            <div className="flex flex-wrap gap-1">
              {t.published ? <Badge tone="success">опубликована, версия {t.published.versionNo}</Badge> : <Badge>не опубликована</Badge>}
              {t.draft && t.published ? <Badge tone="warning">черновик версии {t.draft.versionNo}</Badge> : null}
            </div>
          </Td>
          <Td>{t.audience.map((a) => AUDIENCE_LABELS[a]).join(", ")}</Td>
          <Td className="whitespace-nowrap">{period(t)}</Td>
          <Td>{t.answers}</Td>
          <Td className="whitespace-nowrap">
            <Link href={`${basePath}/${t.id}/results`} className="text-brand-700 hover:underline" aria-label={`Результаты: ${t.title}`}>
              Результаты
            </Link>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
