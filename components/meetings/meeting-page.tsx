import Link from "next/link";
import { PageHeader } from "@/components/app-shell/app-shell";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { routesFor, type WorkspaceScope } from "@/components/plans/routes";
import { formatDate, fullName } from "@/lib/format";
import type { getMeetingFormOptions, MeetingView } from "@/lib/meetings/queries";
import { isoOf, todayIso } from "@/lib/plans/dates";
import { MEETING_FORMAT_LABELS } from "@/lib/plans/labels";
import { MeetingForm, type MeetingPlanOption } from "./meeting-form";

type Options = NonNullable<Awaited<ReturnType<typeof getMeetingFormOptions>>>;

function planOptions(options: Options | null): MeetingPlanOption[] {
  return options?.pair.plans.map((plan) => ({ menteeName: fullName(plan.mentee), items: plan.items.filter((i) => i.status !== "CANCELLED") })) ?? [];
}

/** A new meeting of a pair. */
export function NewMeetingPage({ options, scope }: { options: Options; scope: WorkspaceScope }) {
  const { pair } = options;
  return (
    <>
      <PageHeader title="Встреча" subtitle={`Наставник — ${fullName(pair.mentor)} · ${pair.mentees.map((m) => fullName(m.mentee)).join(", ")}`} />
      <MeetingForm
        scope={scope}
        target={{ kind: "create", pairId: pair.id }}
        plans={planOptions(options)}
        defaults={{ heldOn: todayIso(), format: "IN_PERSON", topic: "", durationMinutes: 45, outcome: "", planItemIds: [] }}
      />
    </>
  );
}

/** A logged meeting: its record, and the form for those who may correct it. */
export function MeetingPage({ meeting, options, scope, saved }: { meeting: MeetingView; options: Options | null; scope: WorkspaceScope; saved: boolean }) {
  const routes = routesFor(scope);
  const people = `${fullName(meeting.pair.mentor)} · ${meeting.pair.mentees.map((m) => fullName(m.mentee)).join(", ")}`;
  return (
    <>
      <PageHeader
        title={`Встреча ${formatDate(meeting.heldOn)}`}
        subtitle={people}
        actions={
          <Link href={routes.pair(meeting.pair.id)} className="text-sm font-medium text-brand-700 hover:underline">
            К паре →
          </Link>
        }
      />
      {saved ? (
        <div className="mb-6">
          <Alert tone="success">
            Встреча записана.{" "}
            <Link href={routes.home} className="font-semibold underline">
              На главную
            </Link>
          </Alert>
        </div>
      ) : null}
      {meeting.capabilities.edit && options ? (
        <MeetingForm
          scope={scope}
          target={{ kind: "edit", meetingId: meeting.id, version: meeting.version }}
          plans={planOptions(options)}
          mayDelete={meeting.capabilities.delete}
          defaults={{
            heldOn: isoOf(meeting.heldOn),
            format: meeting.format,
            topic: meeting.topic,
            durationMinutes: meeting.durationMinutes,
            outcome: meeting.outcome ?? "",
            planItemIds: meeting.planItems.map((l) => l.planItemId),
          }}
        />
      ) : (
        <Card className="p-4 sm:p-6">
          <dl className="grid gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-500">Формат</dt>
              <dd>{MEETING_FORMAT_LABELS[meeting.format]}</dd>
            </div>
            <div>
              <dt className="text-slate-500">Длительность</dt>
              <dd>{meeting.durationMinutes} мин.</dd>
            </div>
            <div className="sm:col-span-3">
              <dt className="text-slate-500">Тема</dt>
              <dd className="font-medium">{meeting.topic}</dd>
            </div>
            <div className="sm:col-span-3">
              <dt className="text-slate-500">Итог</dt>
              <dd className="whitespace-pre-line">{meeting.outcome || "—"}</dd>
            </div>
            {meeting.planItems.length ? (
              <div className="sm:col-span-3">
                <dt className="text-slate-500">Пункты плана</dt>
                {meeting.planItems.map((l) => (
                  <dd key={l.planItemId}>
                    <Link href={routes.item(l.planItem.planId, l.planItem.id)} className="text-brand-700 hover:underline">
                      {l.planItem.goal}
                    </Link>
                  </dd>
                ))}
              </div>
            ) : null}
          </dl>
        </Card>
      )}
    </>
  );
}
