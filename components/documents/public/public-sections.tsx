import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { PublicSchoolPage } from "@/lib/documents/public-page";
import { EVENT_TYPE_LABELS } from "@/lib/events/schemas";
import { countRu, formatDate, formatLocalDate, formatTime } from "@/lib/format";
import { PROGRAM_STATUS_LABELS, STAGE_LABELS } from "@/lib/programs/schemas";
import { STAGE_STATE_LABELS, type StageState } from "@/lib/programs/stages";
import { FILE_KINDS, formatBytes } from "@/lib/files/kinds";

const STAGE_TONE: Record<StageState, "success" | "info" | "warning" | "neutral"> = { done: "success", in_progress: "info", overdue: "warning", not_started: "neutral" };
const kindOf = (mimeType: string) => Object.values(FILE_KINDS).find((kind) => kind.mimeType === mimeType)?.short ?? "файл";

export function Section({ id, title, children, aside }: { id: string; title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <div className="mb-5 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold tracking-tight text-slate-900">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}

export function PublicDocuments({ slug, documents }: { slug: string; documents: PublicSchoolPage["documents"] }) {
  if (!documents.length) return <p className="text-sm text-slate-600">Документы появятся здесь после проверки муниципальным куратором.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {documents.map((document) => (
        <li key={document.id} className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3 first:pt-0 last:pb-0">
          <div className="flex min-w-0 items-start gap-3">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="mt-0.5 size-6 shrink-0 text-brand-600">
              <path d="M7 3h7l5 5v13H7z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
              <path d="M14 3v5h5M10 13h6M10 17h6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
            </svg>
            <div className="min-w-0">
              <p className="font-medium text-slate-900">{document.title}</p>
              <p className="text-sm text-slate-600">
                {[document.number, document.issuedOn ? `от ${formatDate(document.issuedOn)}` : null].filter(Boolean).join(" ") || "без номера"}
              </p>
            </div>
          </div>
          <a href={`/s/${slug}/documents/${document.id}`} className="inline-flex items-center gap-2 rounded-lg px-3 py-1.5 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50" download>
            Скачать<span className="sr-only"> «{document.title}»</span>
            <span className="font-normal text-slate-500">
              {kindOf(document.file.mimeType)}, {formatBytes(document.file.sizeBytes)}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function PublicProgram({ program }: { program: NonNullable<PublicSchoolPage["program"]> }) {
  return (
    <div className="space-y-5">
      <div>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-lg font-medium text-slate-900">{program.title}</p>
          <Badge tone={program.status === "ACTIVE" ? "success" : "neutral"}>{PROGRAM_STATUS_LABELS[program.status]}</Badge>
        </div>
        <p className="mt-1 text-sm text-slate-600">
          {formatDate(program.startsOn)} — {formatDate(program.endsOn)}
          {program.forms.length ? ` · формы наставничества: ${program.forms.join(", ")}` : ""}
        </p>
        {program.goals ? <p className="mt-3 whitespace-pre-line text-sm text-slate-800">{program.goals}</p> : null}
      </div>
      {program.stages.length ? (
        <ol className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" aria-label="Этапы программы">
          {program.stages.map((stage, index) => {
            const state = program.progress.states[stage.stage];
            return (
              <li key={stage.id} className={`rounded-lg border px-3 py-2 text-sm ${program.progress.current === stage.stage ? "border-brand-300 bg-brand-50" : "border-slate-200"}`}>
                <p className="font-medium text-slate-900">
                  {index + 1}. {STAGE_LABELS[stage.stage]}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-600">
                  <Badge tone={STAGE_TONE[state]}>{STAGE_STATE_LABELS[state]}</Badge>
                  {stage.plannedStart || stage.plannedEnd ? (
                    <span className="tabular-nums">
                      {stage.plannedStart ? formatDate(stage.plannedStart) : "…"} — {stage.plannedEnd ? formatDate(stage.plannedEnd) : "…"}
                    </span>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}

export function PublicPairs({ rows }: { rows: PublicSchoolPage["pairsByForm"] }) {
  if (!rows.length) return <p className="text-sm text-slate-600">Наставнические пары и группы этого учебного года ещё не сформированы.</p>;
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <>
      <p className="mb-4 text-sm text-slate-600">Всего: {countRu(total, ["пара или группа", "пары или группы", "пар и групп"])}.</p>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {rows.map((row) => (
          <div key={row.name} className="rounded-xl border border-slate-200 px-4 py-3">
            <dt className="text-sm text-slate-600">«{row.name}»</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{row.count}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

export function PublicMentors({ mentors }: { mentors: PublicSchoolPage["mentors"] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {mentors.map((mentor) => (
        <li key={mentor.name} className="rounded-xl border border-slate-200 px-4 py-3">
          <p className="font-medium text-slate-900">{mentor.name}</p>
          <p className="text-sm text-slate-600">{[mentor.position, mentor.forms.map((f) => `«${f}»`).join(", ")].filter(Boolean).join(" · ")}</p>
        </li>
      ))}
    </ul>
  );
}

type EventRow = PublicSchoolPage["events"]["past"][number];

function EventList({ events, empty }: { events: EventRow[]; empty: string }) {
  if (!events.length) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-3">
      {events.map((event) => (
        <li key={event.id} className="flex gap-4">
          <time dateTime={event.startsAt.toISOString()} className="w-24 shrink-0 text-sm font-medium tabular-nums text-slate-900">
            {formatLocalDate(event.startsAt)}
            <span className="block font-normal text-slate-500">{formatTime(event.startsAt)} мск</span>
          </time>
          <div className="min-w-0 text-sm">
            <p className="font-medium text-slate-900">{event.title}</p>
            <p className="text-slate-600">{[EVENT_TYPE_LABELS[event.type], event.place].filter(Boolean).join(" · ")}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function PublicEvents({ events }: { events: PublicSchoolPage["events"] }) {
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <div>
        <h3 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">Предстоящие</h3>
        <EventList events={events.coming} empty="Предстоящих мероприятий пока нет." />
      </div>
      <div>
        <h3 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">Прошедшие</h3>
        <EventList events={events.past} empty="В этом учебном году мероприятий ещё не было." />
      </div>
    </div>
  );
}
