import { connection } from "next/server";
import { ButtonLink } from "@/components/ui/button";
import { Logo } from "@/components/ui/logo";
import { Stat } from "@/components/ui/card";
import { FormUsageList } from "@/components/home/form-usage-list";
import { RoleCards } from "@/components/home/role-cards";
import { getPlatformOverview } from "@/lib/dashboards/queries";
import { formatLocalDate, formatNumber, formatTime } from "@/lib/format";

export default async function HomePage() {
  await connection(); // live figures: rendered on every request, never at build time
  const overview = await getPlatformOverview();

  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-6 py-4">
          <Logo />
          <ButtonLink href="/login">Войти</ButtonLink>
        </div>
      </header>

      <main className="flex-1">
        <section className="bg-gradient-to-b from-white to-slate-50">
          <div className="mx-auto max-w-6xl px-6 py-14">
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">
              Целевая модель наставничества
            </p>
            <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
              Наставничество в школах — без таблиц, писем и ручного подсчёта
            </h1>
            <p className="mt-5 max-w-2xl text-lg leading-8 text-slate-600">
              Куратор ведёт базы наставников и наставляемых, формирует пары и загружает приказы. Наставник
              отмечает посещённые уроки и ход индивидуального плана с телефона. Муниципалитет и регион видят
              внедрение в каждой школе и получают отчёты одной кнопкой.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <ButtonLink href="/login">Войти в платформу</ButtonLink>
              <ButtonLink href="#figures" variant="secondary">
                Посмотреть цифры
              </ButtonLink>
            </div>
          </div>
        </section>

        <section id="figures" aria-labelledby="figures-title" className="mx-auto max-w-6xl px-6 py-10">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="figures-title" className="text-2xl font-semibold text-slate-900">
              Платформа сегодня
            </h2>
            <p className="text-sm text-slate-500">
              Данные на {formatTime(overview.asOf)}, {formatLocalDate(overview.asOf)}
              {overview.academicYear ? ` · ${overview.academicYear} учебный год` : ""}
            </p>
          </div>
          <dl className="mt-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
            <Stat label="Регионы" value={formatNumber(overview.regions)} />
            <Stat label="Муниципалитеты" value={formatNumber(overview.municipalities)} />
            <Stat label="Школы во внедрении" value={formatNumber(overview.schools)} />
            <Stat
              label="Действующие пары и группы"
              value={formatNumber(overview.activePairs)}
              hint={overview.academicYear ? `в ${overview.academicYear} учебном году` : undefined}
            />
          </dl>
          <FormUsageList forms={overview.pairsByForm} />
        </section>

        <RoleCards />
      </main>

      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-6 py-6 text-sm text-slate-500">
          «Наставник» — платформа для реализации целевой модели наставничества (распоряжение Минпросвещения
          России от 25.12.2019 № Р-145).
        </div>
      </footer>
    </div>
  );
}
