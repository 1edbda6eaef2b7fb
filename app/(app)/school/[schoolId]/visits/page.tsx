import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { MeetingList } from "@/components/meetings/meeting-list";
import { QuietPairs } from "@/components/visits/quiet-pairs";
import { VisitList } from "@/components/visits/visit-list";
import { requirePrincipal } from "@/lib/auth/current";
import { fullName } from "@/lib/format";
import { findSchool } from "@/lib/hierarchy/queries";
import { listMeetings } from "@/lib/meetings/queries";
import { listPairs } from "@/lib/pairs/queries";
import { listQuietPairs, QUIET_DAYS } from "@/lib/visits/activity";
import { listVisits } from "@/lib/visits/queries";

type Search = { mentorId?: string; pairId?: string };

/** The school's lesson visits and meetings (per mentor, per pair), and the pairs with nothing logged for 30 days. */
export default async function SchoolVisitsPage({ params, searchParams }: { params: Promise<{ schoolId: string }>; searchParams: Promise<Search> }) {
  const [{ schoolId }, search] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const school = await findSchool(principal, schoolId);
  if (!school) notFound();
  const pairId = search.pairId?.slice(0, 64) || undefined;
  const mentorId = search.mentorId?.slice(0, 64) || undefined;
  const [quiet, pairs, visits, meetings] = await Promise.all([
    listQuietPairs(principal, { schoolId }),
    listPairs(principal, { schoolId }),
    listVisits(principal, { schoolId, pairId, mentorId }),
    listMeetings(principal, { schoolId, pairId, mentorId }),
  ]);
  const mentors = [...new Map(pairs.map((p) => [p.mentor.id, p.mentor])).values()].sort((a, b) => fullName(a).localeCompare(fullName(b), "ru"));
  const scope = { kind: "school", schoolId } as const;
  const filtered = Boolean(pairId || mentorId);
  return (
    <>
      <PageHeader title="Посещения уроков и встречи" subtitle={school.name} />
      <div className="space-y-6">
        <QuietPairs pairs={quiet} scope={scope} days={QUIET_DAYS} />
        <Card className="p-4 sm:p-6">
          <form className="flex flex-col gap-3 sm:flex-row sm:items-end" aria-label="Отбор записей">
            <div className="sm:w-80">
              <Field label="Наставник">
                {(props) => (
                  <Select {...props} name="mentorId" defaultValue={mentorId ?? ""}>
                    <option value="">Все наставники</option>
                    {mentors.map((m) => (
                      <option key={m.id} value={m.id}>
                        {fullName(m)}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </div>
            <Button type="submit" variant="secondary">
              Показать
            </Button>
            {filtered ? (
              <Link href={`/school/${schoolId}/visits`} className="text-sm font-medium text-brand-700 hover:underline sm:pb-2">
                Сбросить отбор
              </Link>
            ) : null}
          </form>
          {pairId ? <p className="mt-2 text-sm text-slate-600">Показаны записи одной пары.</p> : null}
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card className="p-4 sm:p-6">
            <CardTitle>Посещения уроков ({visits.length})</CardTitle>
            <div className="mt-2">
              <VisitList visits={visits} scope={scope} empty={filtered ? "По этому отбору посещений нет." : "Посещений уроков пока нет. Их записывают наставники в своём кабинете."} />
            </div>
          </Card>
          <Card className="p-4 sm:p-6">
            <CardTitle>Встречи ({meetings.length})</CardTitle>
            <div className="mt-2">
              <MeetingList meetings={meetings} scope={scope} showPair empty={filtered ? "По этому отбору встреч нет." : "Встреч пока нет."} />
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}
