import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { RegionSettingsForm } from "@/components/hierarchy/region-settings-form";
import { EMPTY_SCHOOL, SchoolForm } from "@/components/hierarchy/school-form";
import { MunicipalityForm, OrganizationForm } from "@/components/hierarchy/small-forms";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { countRu } from "@/lib/format";
import { getRegionStructure } from "@/lib/hierarchy/queries";
import { ORGANIZATION_KIND_LABELS, SCHOOL_TYPE_LABELS } from "@/lib/hierarchy/schemas";

export default async function RegionStructurePage({ params }: { params: Promise<{ regionId: string }> }) {
  const { regionId } = await params;
  const principal = await requirePrincipal();
  const data = await getRegionStructure(principal, regionId);
  if (!data) notFound();
  const { region, municipalities, organizations, forms } = data;
  const scope = { regionId: region.id };
  const mayEdit = can(principal, "update", "region", scope);
  const mayAddSchools = can(principal, "create", "school", scope);
  const base = `/region/${region.id}/structure`;
  const schools = municipalities.reduce((sum, m) => sum + m.schools.length, 0);
  return (
    <>
      <PageHeader
        title="Структура региона"
        subtitle={`${region.name} · ${countRu(municipalities.length, ["муниципалитет", "муниципалитета", "муниципалитетов"])}, ${countRu(schools, ["школа", "школы", "школ"])}`}
        actions={mayAddSchools ? <ButtonLink href={`${base}/import`} variant="secondary">Импорт из Excel</ButtonLink> : null}
      />
      <div className="space-y-6">
        {mayEdit ? (
          <Card>
            <CardTitle>Настройки региона</CardTitle>
            <div className="mt-4">
              <RegionSettingsForm regionId={region.id} cap={region.maxMenteesPerMentor} forms={forms.filter((f) => f.isActive)} />
            </div>
          </Card>
        ) : null}

        <section aria-labelledby="municipalities" className="space-y-4">
          <h2 id="municipalities" className="text-lg font-semibold text-slate-900">Муниципалитеты и школы</h2>
          {municipalities.length === 0 ? (
            <Card>
              <p className="text-sm text-slate-600">Муниципалитетов пока нет. Добавьте первый ниже или загрузите список школ из Excel.</p>
            </Card>
          ) : null}
          {municipalities.map((municipality) => (
            <div key={municipality.id}>
              <h3 className="mb-2 text-base font-semibold text-slate-800">
                {municipality.name} <span className="text-sm font-normal text-slate-500">· код {municipality.code}</span>
              </h3>
              <Table
                caption={`Школы: ${municipality.name}`}
                head={["Школа", "Тип", "Публичная страница", "Участников", ""]}
                isEmpty={municipality.schools.length === 0}
                empty="В муниципалитете пока нет школ."
              >
                {municipality.schools.map((school) => (
                  <tr key={school.id}>
                    <Td>
                      <span className="font-medium">{school.shortName}</span>
                      <span className="block text-xs text-slate-500">{school.name}</span>
                    </Td>
                    <Td>{SCHOOL_TYPE_LABELS[school.type]}</Td>
                    <Td>
                      <Link href={`/s/${school.slug}`} className="text-brand-700 hover:underline">
                        /s/{school.slug}
                      </Link>
                    </Td>
                    <Td>{school._count.participants}</Td>
                    <Td>
                      {!school.inRollout ? <Badge>вне внедрения</Badge> : null}
                      {mayAddSchools ? (
                        <Link href={`${base}/schools/${school.id}`} className="ml-2 text-sm font-medium text-brand-700 hover:underline" aria-label={`Изменить: ${school.shortName}`}>
                          Изменить
                        </Link>
                      ) : null}
                    </Td>
                  </tr>
                ))}
              </Table>
            </div>
          ))}
        </section>

        {mayAddSchools ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <Card>
              <CardTitle>Новый муниципалитет</CardTitle>
              <div className="mt-4">
                <MunicipalityForm regionId={region.id} />
              </div>
            </Card>
            <Card>
              <CardTitle>Новая школа</CardTitle>
              {municipalities.length ? (
                <div className="mt-4">
                  <SchoolForm initial={{ ...EMPTY_SCHOOL, municipalityId: "" }} municipalities={municipalities} />
                </div>
              ) : (
                <p className="mt-2 text-sm text-slate-600">Сначала добавьте муниципалитет.</p>
              )}
            </Card>
          </div>
        ) : null}

        <section aria-labelledby="partners" className="space-y-3">
          <h2 id="partners" className="text-lg font-semibold text-slate-900">Организации-партнёры</h2>
          <Table
            caption="Организации-партнёры региона"
            head={["Организация", "Вид", "Код", "Сайт"]}
            isEmpty={organizations.length === 0}
            empty="Партнёров пока нет: работодатели, колледжи и вузы для форм «работодатель – обучающийся» и «студент – ученик»."
          >
            {organizations.map((org) => (
              <tr key={org.id}>
                <Td className="font-medium">{org.name}</Td>
                <Td>{ORGANIZATION_KIND_LABELS[org.kind]}</Td>
                <Td>{org.code}</Td>
                <Td>{org.website ? <a href={org.website} className="text-brand-700 hover:underline" rel="noreferrer noopener" target="_blank">{org.website}</a> : "—"}</Td>
              </tr>
            ))}
          </Table>
          {can(principal, "create", "organization", scope) ? (
            <Card>
              <CardTitle>Новый партнёр</CardTitle>
              <div className="mt-4">
                <OrganizationForm regionId={region.id} />
              </div>
            </Card>
          ) : null}
        </section>
      </div>
    </>
  );
}
