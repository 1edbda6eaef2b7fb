import Link from "next/link";
import { routesFor, type WorkspaceScope } from "@/components/plans/routes";
import { formatDate, shortPersonName } from "@/lib/format";
import type { MeetingRow } from "@/lib/meetings/queries";
import { MEETING_FORMAT_LABELS } from "@/lib/plans/labels";

/** Meetings, newest first; with the pair's people when the list spans pairs. */
export function MeetingList({ meetings, scope, empty, showPair = false }: { meetings: MeetingRow[]; scope: WorkspaceScope; empty: string; showPair?: boolean }) {
  const routes = routesFor(scope);
  if (meetings.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="meeting-list">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="py-3">
          <Link href={routes.meeting(meeting.id)} className="font-medium text-brand-700 hover:underline">
            {formatDate(meeting.heldOn)} · {meeting.topic}
          </Link>
          <span className="block text-slate-600">
            {MEETING_FORMAT_LABELS[meeting.format]}, {meeting.durationMinutes} мин.
            {showPair ? ` · ${shortPersonName(meeting.pair.mentor)} — ${meeting.pair.mentees.map((m) => shortPersonName(m.mentee)).join(", ")}` : ""}
          </span>
          {meeting.planItems.length ? <span className="block text-slate-600">Пункты плана: {meeting.planItems.map((l) => l.planItem.goal).join("; ")}</span> : null}
        </li>
      ))}
    </ul>
  );
}
