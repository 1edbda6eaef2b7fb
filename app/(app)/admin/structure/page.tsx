import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { AcademicYearForm, RegionForm } from "@/components/hierarchy/small-forms";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { formatDate, formatNumber } from "@/lib/format";
import { listAcademicYears, listRegions } from "@/lib/hierarchy/queries";

export default async function AdminStructurePage() {
  const principal = await requirePrincipal();
  if (!can(principal, "create", "region", { regionId: null })) notFound();
  const [regions, years] = await Promise.all([listRegions(principal), listAcademicYears()]);
  const next = years[0] ? years[0].endsOn.getUTCFullYear() : new Date().getUTCFullYear();
  return (
    <>
      <PageHeader
        title="Регионы, муниципалитеты и школы"
        subtitle="Структура платформы и учебные годы"
        actions={<ButtonLink href="/admin/structure/import" variant="secondary">Импорт из Excel</ButtonLink>}
      />
      <div className="space-y-6">
        <Table caption="Регионы платформы" head={["Регион", "Код", "Муниципалитеты", "Школы", "Наставляемых на наставника"]} isEmpty={regions.length === 0} empty="Регионов пока нет: добавьте первый ниже или загрузите файл.">
          {regions.map((region) => (
            <tr key={region.id}>
              <Td>
                <Link href={`/region/${region.id}/structure`} className="font-medium text-brand-700 hover:underline">
                  {region.name}
                </Link>
              </Td>
              <Td>{region.code}</Td>
              <Td>{formatNumber(region._count.municipalities)}</Td>
              <Td>{formatNumber(region._count.schools)}</Td>
              <Td>{region.maxMenteesPerMentor}</Td>
            </tr>
          ))}
        </Table>
        <Card>
          <CardTitle>Новый регион</CardTitle>
          <div className="mt-4">
            <RegionForm />
          </div>
        </Card>
        <section aria-labelledby="years" className="space-y-3">
          <h2 id="years" className="text-lg font-semibold text-slate-900">Учебные годы</h2>
          <Table caption="Учебные годы" head={["Учебный год", "Начало", "Окончание", ""]} isEmpty={years.length === 0} empty="Учебных лет пока нет.">
            {years.map((year) => (
              <tr key={year.id}>
                <Td className="font-medium">{year.title}</Td>
                <Td>{formatDate(year.startsOn)}</Td>
                <Td>{formatDate(year.endsOn)}</Td>
                <Td>{year.isCurrent ? <Badge tone="success">текущий</Badge> : null}</Td>
              </tr>
            ))}
          </Table>
          <Card>
            <CardTitle>Добавить или изменить учебный год</CardTitle>
            <p className="mt-1 text-sm text-slate-600">Год с теми же датами обновляется; отметка «текущий» снимается с прежнего года.</p>
            <div className="mt-4">
              <AcademicYearForm defaults={{ startsOn: `${next}-09-01`, endsOn: `${next + 1}-08-31` }} />
            </div>
          </Card>
        </section>
      </div>
    </>
  );
}
