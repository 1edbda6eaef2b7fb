import { PageHeader } from "@/components/app-shell/app-shell";
import { Card, CardTitle } from "@/components/ui/card";
import { MeetingList } from "@/components/meetings/meeting-list";
import { MY_SCOPE } from "@/components/plans/routes";
import { VisitList } from "@/components/visits/visit-list";
import { requirePrincipal } from "@/lib/auth/current";
import { listMeetings } from "@/lib/meetings/queries";
import { listVisits } from "@/lib/visits/queries";

/** Everything the mentor (or mentee) has logged: visits of their pairs and lessons they gave or attended, meetings. */
export default async function MyVisitsPage() {
  const principal = await requirePrincipal();
  const [visits, meetings] = await Promise.all([listVisits(principal), listMeetings(principal)]);
  const mentor = principal.active.role === "MENTOR";
  return (
    <>
      <PageHeader
        title="Посещения уроков и встречи"
        subtitle={mentor ? "Записи ваших пар и групп. Новое посещение или встречу записывайте с главной страницы — у нужного наставляемого." : "Уроки, которые вы провели или посетили, и встречи с наставником."}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="p-4 sm:p-6">
          <CardTitle>Посещения уроков ({visits.length})</CardTitle>
          <div className="mt-2">
            <VisitList visits={visits} scope={MY_SCOPE} empty="Посещений пока нет." />
          </div>
        </Card>
        <Card className="p-4 sm:p-6">
          <CardTitle>Встречи ({meetings.length})</CardTitle>
          <div className="mt-2">
            <MeetingList meetings={meetings} scope={MY_SCOPE} empty="Встреч пока нет." showPair={mentor} />
          </div>
        </Card>
      </div>
    </>
  );
}
