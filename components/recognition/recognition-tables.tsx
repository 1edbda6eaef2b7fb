import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import type { AwardStatus } from "@/lib/generated/prisma/enums";
import { formatDate, fullName } from "@/lib/format";
import { AWARD_KIND_LABELS, AWARD_LEVEL_LABELS, AWARD_STATUS_LABELS } from "@/lib/recognition/schemas";
import type { listSchoolRecognition } from "@/lib/recognition/queries";
import { AwardStatusButtons } from "./award-status-buttons";
import { CertificateUpload } from "./certificate-upload";

type Data = Awaited<ReturnType<typeof listSchoolRecognition>>;
const TONE: Record<AwardStatus, "info" | "success" | "neutral" | "warning"> = { PROPOSED: "warning", APPROVED: "info", AWARDED: "success", DECLINED: "neutral" };

export function TrainingTable({ trainings, editable = false }: { trainings: Data["trainings"]; editable?: boolean }) {
  return (
    <Table caption="Обучение наставников и кураторов" head={["Кто", "Курс", "Часов", "Сроки", "Удостоверение"]} isEmpty={trainings.length === 0} empty="Обучение пока не записано.">
      {trainings.map((t) => (
        <tr key={t.id}>
          <Td>{t.participant ? fullName(t.participant) : (t.user?.fullName ?? "—")}<span className="block text-xs text-slate-500">{t.participant ? "наставник" : "куратор"}</span></Td>
          <Td>{t.courseTitle}<span className="block text-xs text-slate-500">{t.provider}</span></Td>
          <Td>{t.hours}</Td>
          <Td className="whitespace-nowrap tabular-nums">{t.startsOn ? `${formatDate(t.startsOn)} – ` : ""}{formatDate(t.endsOn)}</Td>
          <Td>
            {t.certificateNumber ?? "—"}
            {t.certificateFileId ? (
              <a href={`/api/files/${t.certificateFileId}`} className="block text-xs font-medium text-brand-700 hover:underline">
                Скан удостоверения
              </a>
            ) : null}
            {editable ? <CertificateUpload trainingId={t.id} hasFile={Boolean(t.certificateFileId)} /> : null}
          </Td>
        </tr>
      ))}
    </Table>
  );
}

export function AwardTable({ awards, editable, today }: { awards: Data["awards"]; editable: boolean; today: string }) {
  return (
    <Table caption="Поощрения наставников" head={["Наставник", "Поощрение", "Представил", "Статус", ""]} isEmpty={awards.length === 0} empty="Представлений к поощрению пока нет.">
      {awards.map((a) => (
        <tr key={a.id}>
          <Td>{fullName(a.participant)}</Td>
          <Td>
            {a.title}
            <span className="block text-xs text-slate-500">{AWARD_KIND_LABELS[a.kind]} · {a.level in AWARD_LEVEL_LABELS ? AWARD_LEVEL_LABELS[a.level as keyof typeof AWARD_LEVEL_LABELS] : ""} уровень</span>
          </Td>
          <Td>{a.proposedBy ?? "—"}<span className="block text-xs text-slate-500">{formatDate(a.proposedOn)}</span></Td>
          <Td>
            <Badge tone={TONE[a.status]}>{AWARD_STATUS_LABELS[a.status]}</Badge>
            {a.awardedOn ? <span className="block text-xs text-slate-500">{formatDate(a.awardedOn)}</span> : null}
          </Td>
          <Td>{editable ? <AwardStatusButtons awardId={a.id} status={a.status} today={today} /> : null}</Td>
        </tr>
      ))}
    </Table>
  );
}
