import { Badge } from "@/components/ui/badge";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import { formatNumber } from "@/lib/format";
import type { ScopeOverview } from "@/lib/dashboards/overview";

export function OverviewCards({ overview, showSchools }: { overview: ScopeOverview; showSchools: boolean }) {
  const share = overview.youngSpecialists ? undefined : "молодых специалистов нет";
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {showSchools ? <Stat label="Школы во внедрении" value={formatNumber(overview.schools)} /> : null}
        <Stat label="Наставники" value={formatNumber(overview.mentors)} hint="в базе наставников" />
        <Stat label="Наставляемые" value={formatNumber(overview.mentees)} hint="в базе наставляемых" />
        <Stat label="Молодые специалисты" value={formatNumber(overview.youngSpecialists)} hint={share ?? "стаж менее 3 лет"} />
        <Stat
          label="Действующие пары и группы"
          value={formatNumber(overview.activePairs)}
          hint={overview.academicYear ? `${overview.academicYear} учебный год` : undefined}
        />
        <Stat label="Документы на проверке" value={formatNumber(overview.documentsAwaitingReview)} />
        <Stat label="Предстоящие мероприятия" value={formatNumber(overview.upcomingEvents)} />
      </dl>
      <Card>
        <CardTitle>Пары и группы по формам наставничества</CardTitle>
        <ul className="mt-4 grid gap-2 sm:grid-cols-2">
          {overview.pairsByForm.map((form) => (
            <li key={form.name} className="flex items-center justify-between gap-3 rounded-lg bg-slate-50 px-3 py-2 text-sm">
              <span className="text-slate-800">{form.name}</span>
              {form.count ? (
                <span className="font-semibold tabular-nums">{formatNumber(form.count)}</span>
              ) : (
                <Badge tone="warning">не используется</Badge>
              )}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
