import Link from "next/link";
import { PageHeader } from "@/components/app-shell/app-shell";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { MeetingList } from "@/components/meetings/meeting-list";
import { VisitList } from "@/components/visits/visit-list";
import { formatDate, fullName, PAIR_STATUS_LABELS } from "@/lib/format";
import type { MeetingRow } from "@/lib/meetings/queries";
import type { WorkspacePair } from "@/lib/plans/workspace";
import type { VisitRow } from "@/lib/visits/queries";
import { PairCard } from "./mentor-home";
import { MY_SCOPE } from "./routes";

/** A pair as its mentor or mentee sees it: the state of each plan, the actions, every visit and meeting. */
export function PairWorkspace({ pair, visits, meetings, today, viewerIsMentee }: { pair: WorkspacePair; visits: VisitRow[]; meetings: MeetingRow[]; today: Date; viewerIsMentee: boolean }) {
  const title = pair.isGroup ? (pair.title ?? "Наставническая группа") : "Наставническая пара";
  return (
    <>
      <PageHeader
        title={`${title}: ${fullName(pair.mentor)}`}
        subtitle={`${pair.form}${pair.model ? ` · ${pair.model}` : ""} · ${formatDate(pair.startsOn)} — ${formatDate(pair.endedOn ?? pair.plannedEndOn)}`}
        actions={<Badge tone={pair.status === "ACTIVE" ? "success" : "neutral"}>{PAIR_STATUS_LABELS[pair.status]}</Badge>}
      />
      <div className="space-y-6">
        {viewerIsMentee ? (
          <Card className="p-4 sm:p-6">
            <CardTitle>Наставник</CardTitle>
            <p className="mt-2 font-medium">{fullName(pair.mentor)}</p>
            <p className="text-sm text-slate-600">
              {[pair.mentor.position, pair.mentor.email, pair.mentor.phone].filter(Boolean).join(" · ") || "Контакты не указаны — спросите их у куратора школы."}
            </p>
          </Card>
        ) : (
          <PairCard pair={pair} today={today} />
        )}
        <div className="grid gap-6 lg:grid-cols-2">
          <Card className="p-4 sm:p-6">
            <h2 id="visits" className="text-base font-semibold text-slate-900">
              Посещения уроков
            </h2>
            <div className="mt-2">
              <VisitList visits={visits} scope={MY_SCOPE} empty="Посещений пока не записано." />
            </div>
          </Card>
          <Card className="p-4 sm:p-6">
            <CardTitle>Встречи</CardTitle>
            <div className="mt-2">
              <MeetingList meetings={meetings} scope={MY_SCOPE} empty="Встреч пока не записано." />
            </div>
          </Card>
        </div>
        <p className="text-sm">
          <Link href="/my" className="font-medium text-brand-700 hover:underline">
            ← На главную
          </Link>
        </p>
      </div>
    </>
  );
}
