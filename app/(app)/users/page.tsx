import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { Card, CardTitle } from "@/components/ui/card";
import { InviteUserForm } from "@/components/users/invite-user-form";
import { UserTable } from "@/components/users/user-table";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { countRu } from "@/lib/format";
import { getInviteOptions, listUsers } from "@/lib/users/queries";
import { ZUserFilter } from "@/lib/users/schemas";

export const metadata = { title: "Пользователи" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const principal = await requirePrincipal();
  if (!can(principal, "list", "user") || !can(principal, "create", "user")) notFound();
  const filter = ZUserFilter.parse(await searchParams);
  const [result, options] = await Promise.all([listUsers(principal, filter), getInviteOptions(principal)]);
  const pageHref = (page: number) => `/users?${new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), page: String(page) })}`;

  return (
    <>
      <PageHeader
        title="Пользователи"
        subtitle="Учётные записи в вашей зоне ответственности: кто с какой ролью работает в платформе. Новому пользователю придёт письмо со ссылкой, по которой он задаст пароль."
      />

      {options.roles.length > 0 ? (
        <Card className="mb-8">
          <CardTitle>Пригласить пользователя</CardTitle>
          <div className="mt-4">
            <InviteUserForm options={options} />
          </div>
        </Card>
      ) : null}

      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium text-slate-800">
          Найти по имени или адресу
          <input
            name="q"
            defaultValue={filter.q}
            className="mt-1 block w-72 rounded-lg border border-slate-300 px-3 py-2 text-sm"
            placeholder="например, Иванова"
          />
        </label>
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Найти
        </button>
        {filter.q ? (
          <Link href="/users" className="rounded-lg px-3 py-2 text-sm text-slate-700 hover:bg-slate-100">
            Сбросить
          </Link>
        ) : null}
        <p className="ml-auto text-sm text-slate-600">{countRu(result.total, ["пользователь", "пользователя", "пользователей"])}</p>
      </form>

      <UserTable
        users={result.users}
        empty={
          filter.q
            ? `Никого не нашли по запросу «${filter.q}». Проверьте написание или сбросьте поиск.`
            : "Пользователей пока нет. Пригласите первого: заполните форму «Пригласить пользователя» выше."
        }
      />

      {result.pages > 1 ? (
        <nav aria-label="Страницы" className="mt-4 flex items-center gap-3 text-sm">
          {filter.page > 1 ? (
            <Link href={pageHref(filter.page - 1)} className="rounded-lg px-3 py-2 text-brand-700 hover:bg-slate-100">
              ← Назад
            </Link>
          ) : null}
          <span className="text-slate-600">
            Страница {filter.page} из {result.pages}
          </span>
          {filter.page < result.pages ? (
            <Link href={pageHref(filter.page + 1)} className="rounded-lg px-3 py-2 text-brand-700 hover:bg-slate-100">
              Вперёд →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
