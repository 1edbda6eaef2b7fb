import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PublicDocuments, PublicEvents, PublicMentors, PublicPairs, PublicProgram, Section } from "@/components/documents/public/public-sections";
import { getPublicSchoolPage } from "@/lib/documents/public-page";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const page = await getPublicSchoolPage(slug);
  return { title: page ? `Целевая модель наставничества — ${page.school.shortName}` : "Страница не найдена" };
}

/** The school's public page «Целевая модель наставничества»: no sign-in, no personal data of pupils. */
export default async function SchoolPublicPage({ params }: Params) {
  await connection(); // rendered per request: the page shows today's documents and events
  const { slug } = await params;
  const page = await getPublicSchoolPage(slug);
  if (!page) notFound();
  const { school, year } = page;
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-6 py-4">
          <p className="text-sm text-slate-600">
            {school.municipality.name} · {school.region.name}
          </p>
          {school.website ? (
            <a href={school.website} className="text-sm font-medium text-brand-700 hover:underline" rel="noopener noreferrer">
              Официальный сайт школы
            </a>
          ) : null}
        </div>
      </header>
      <main className="mx-auto max-w-5xl space-y-6 px-6 py-10">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Целевая модель наставничества</p>
          <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">{school.name}</h1>
          <p className="mt-2 max-w-3xl text-slate-600">
            Наставничество в школе по методологии, утверждённой распоряжением Минпросвещения России от 25.12.2019 № Р-145
            {year ? `. Сведения на ${year.title} учебный год.` : "."}
          </p>
        </div>
        <Section id="documents" title="Документы" aside={<span className="text-sm text-slate-500">проверены муниципальным куратором</span>}>
          <PublicDocuments slug={slug} documents={page.documents} />
        </Section>
        <Section id="program" title={year ? `Программа наставничества на ${year.title} учебный год` : "Программа наставничества"}>
          {page.program ? <PublicProgram program={page.program} /> : <p className="text-sm text-slate-600">Программа наставничества на этот учебный год ещё не опубликована.</p>}
        </Section>
        <Section id="pairs" title="Наставнические пары и группы">
          <PublicPairs rows={page.pairsByForm} />
        </Section>
        {page.mentors.length ? (
          <Section id="mentors" title="Наставники">
            <PublicMentors mentors={page.mentors} />
          </Section>
        ) : null}
        <Section id="events" title="Мероприятия">
          <PublicEvents events={page.events} />
        </Section>
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-5xl px-6 py-6 text-sm text-slate-500">
          Страница ведётся школой на платформе{" "}
          <Link href="/" className="font-medium text-slate-700 hover:underline">
            «Наставник»
          </Link>
          . Персональные данные обучающихся не публикуются; имена наставников — только с их согласия.
        </div>
      </footer>
    </div>
  );
}
