import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { OrderDownloadForm } from "@/components/pairs/order-download-form";
import { PairFilters } from "@/components/pairs/pair-filters";
import { PairList } from "@/components/pairs/pair-list";
import { ButtonLink } from "@/components/ui/button";
import { Stat } from "@/components/ui/card";
import { mayCreateUnder } from "@/lib/access/records";
import { requirePrincipal } from "@/lib/auth/current";
import { fullName } from "@/lib/format";
import { countPairsByForm, getPairFormOptions, listPairs } from "@/lib/pairs/queries";
import { parsePairFilter } from "@/lib/pairs/schemas";

export default async function SchoolPairsPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { schoolId } = await params;
  const filter = parsePairFilter(await searchParams);
  const principal = await requirePrincipal();
  const options = await getPairFormOptions(principal, schoolId);
  if (!options) notFound();
  const [pairs, counts, mayRegister] = await Promise.all([
    listPairs(principal, { ...filter, schoolId }),
    countPairsByForm(principal, schoolId),
    mayCreateUnder(principal, "pair", schoolId),
  ]);
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return (
    <>
      <PageHeader
        title="Наставнические пары и группы"
        subtitle={options.school.name}
        actions={mayRegister ? <ButtonLink href={`/school/${schoolId}/pairs/new`}>Новая пара или группа</ButtonLink> : null}
      />
      {counts.length ? (
        <dl className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="Пары по формам">
          {counts.map((c) => (
            <Stat key={c.formId} label={c.name} value={c.active} hint={`действуют; всего за всё время: ${c.total}`} />
          ))}
        </dl>
      ) : null}
      <PairFilters
        action={`/school/${schoolId}/pairs`}
        forms={options.forms}
        mentors={options.mentors.map((m) => ({ id: m.id, name: fullName(m) }))}
        value={filter}
        exportHref={`/school/${schoolId}/pairs/export${query ? `?${query}` : ""}`}
      />
      <PairList
        pairs={pairs}
        hrefFor={(id) => `/school/${schoolId}/pairs/${id}`}
        empty="Пар с такими условиями нет. Измените фильтры или закрепите новую пару."
      />
      {mayRegister ? <OrderDownloadForm action={`/school/${schoolId}/pairs/order`} today={new Date().toISOString().slice(0, 10)} /> : null}
    </>
  );
}
