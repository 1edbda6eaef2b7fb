import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { listParticipantRecognition } from "@/lib/recognition/queries";
import { AWARD_KIND_LABELS, AWARD_STATUS_LABELS } from "@/lib/recognition/schemas";

type Recognition = Awaited<ReturnType<typeof listParticipantRecognition>>;

/** A person's trainings and awards, as their card in the bases shows them. */
export function PersonRecognition({ recognition, schoolId }: { recognition: Recognition; schoolId: string }) {
  const { trainings, awards } = recognition;
  return (
    <Card className="mt-6">
      <CardTitle>Обучение и поощрения</CardTitle>
      {trainings.length === 0 && awards.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">
          Пока ничего нет. Курсы и поощрения добавляются в разделе{" "}
          <Link href={`/school/${schoolId}/recognition`} className="font-medium text-brand-700 hover:underline">
            «Обучение и поощрения»
          </Link>
          .
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 text-sm">
          {trainings.map((training) => (
            <li key={training.id} className="py-2">
              <span className="font-medium">{training.courseTitle}</span> — {training.provider}, {training.hours} ч., окончено{" "}
              {formatDate(training.endsOn)}
              {training.certificateNumber ? `, удостоверение № ${training.certificateNumber}` : ""}
            </li>
          ))}
          {awards.map((award) => (
            <li key={award.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{AWARD_KIND_LABELS[award.kind]}</span>: {award.title}
              </span>
              <Badge tone={award.status === "AWARDED" ? "success" : award.status === "DECLINED" ? "neutral" : "info"}>
                {AWARD_STATUS_LABELS[award.status]}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
