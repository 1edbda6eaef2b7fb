import Link from "next/link";
import { after } from "next/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { Alert } from "@/components/ui/alert";
import { Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { requirePrincipal } from "@/lib/auth/current";
import { DashboardView } from "@/components/dashboards/dashboard-view";
import { QuestionnaireHighlights } from "@/components/dashboards/questionnaire-highlights";
import { questionnaireHighlights } from "@/lib/dashboards/questionnaires";
import { getDashboard } from "@/lib/dashboards/dashboard";
import { refreshRollupIfStale } from "@/lib/dashboards/rollup";
import { dashboardFilterOf } from "@/lib/dashboards/export-xlsx";
import { getAdminHome } from "@/lib/dashboards/queries";
import { NotFoundError } from "@/lib/errors";
import { formatNumber } from "@/lib/format";

export default async function AdminHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requirePrincipal();
  const orNotFound = (error: unknown): never => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  };
  const search = await searchParams;
  const [{ overview, regions, mailConfigured }, dashboard, highlights] = await Promise.all([
    getAdminHome(principal).catch(orNotFound),
    getDashboard(principal, { level: "national" }, dashboardFilterOf(search)).catch(orNotFound),
    questionnaireHighlights(principal, { level: "PLATFORM" }),
  ]);
  // A stale or not yet populated rollup is refreshed after the response, never before it.
  after(() => refreshRollupIfStale(dashboard));
  return (
    <>
      <PageHeader title="Администрирование платформы" subtitle={`Здравствуйте, ${principal.fullName}!`} />
      {mailConfigured ? null : (
        <div className="mb-6">
          <Alert tone="error">
            Почта не настроена: приглашения и письма для сброса пароля не уходят адресатам, а сохраняются на сервере в папке
            .data/outbox. Укажите адрес почтового сервера в переменной SMTP_URL (см. README) и перезапустите платформу.
          </Alert>
        </div>
      )}
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label="Регионы" value={formatNumber(overview.regions)} />
        <Stat label="Муниципалитеты" value={formatNumber(overview.municipalities)} />
        <Stat label="Школы во внедрении" value={formatNumber(overview.schools)} />
        <Stat label="Действующие пары и группы" value={formatNumber(overview.activePairs)} />
      </dl>
      <h2 className="mb-3 mt-8 text-lg font-semibold text-slate-900">Регионы</h2>
      <Table caption="Регионы платформы" head={["Регион", "Код", "Муниципалитеты", "Школы"]} isEmpty={regions.length === 0} empty="Регионов пока нет.">
        {regions.map((region) => (
          <tr key={region.id}>
            <Td>
              <Link href={`/region/${region.id}`} className="font-medium text-brand-700 hover:underline">
                {region.name}
              </Link>
            </Td>
            <Td>{region.code}</Td>
            <Td>{formatNumber(region._count.municipalities)}</Td>
            <Td>{formatNumber(region._count.schools)}</Td>
          </tr>
        ))}
      </Table>
      <h2 className="mb-3 mt-10 text-xl font-semibold text-slate-900">Внедрение по стране</h2>
      <DashboardView dashboard={dashboard} basePath="/admin" sort={typeof search.sort === "string" ? search.sort : undefined} />
      <QuestionnaireHighlights highlights={highlights} resultsHref={(id) => `/admin/questionnaires/${id}/results`} />
      <p className="mt-6 text-sm">
        <Link href="/admin/audit" className="font-medium text-brand-700 hover:underline">
          Журнал действий пользователей →
        </Link>
      </p>
    </>
  );
}
