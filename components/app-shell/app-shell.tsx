import type { ReactNode } from "react";
import { Logo } from "@/components/ui/logo";
import { ROLE_LABELS, type Principal } from "@/lib/access";
import { signOutAction } from "@/lib/auth/actions";
import { NavLinks } from "./nav-links";
import { navigationFor } from "./navigation";
import { RoleSwitcher } from "./role-switcher";

/** The frame of every signed-in page: who I am, in which role, where I can go. */
export function AppShell({
  principal,
  scopeNames,
  children,
}: {
  principal: Principal;
  scopeNames: Record<string, string>;
  children: ReactNode;
}) {
  const options = principal.assignments.map((a) => ({ id: a.id, label: `${ROLE_LABELS[a.role]} · ${scopeNames[a.id]}` }));
  return (
    <div className="flex min-h-screen flex-col">
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 pt-3 sm:px-6">
          <Logo />
          <div className="flex flex-wrap items-center gap-3">
            <RoleSwitcher options={options} activeId={principal.active.id} />
            <div className="text-right text-sm leading-tight">
              <div className="font-medium text-slate-900">{principal.fullName}</div>
              <div className="text-slate-500">
                {ROLE_LABELS[principal.active.role]} · {scopeNames[principal.active.id]}
              </div>
            </div>
            <form action={signOutAction}>
              <button type="submit" className="rounded-lg px-3 py-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
                Выйти
              </button>
            </form>
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-4 pb-2 pt-2 sm:px-6">
          <NavLinks items={navigationFor(principal.active)} />
        </div>
      </header>
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">{children}</main>
    </div>
  );
}

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: string; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {subtitle ? <p className="mt-1 text-sm text-slate-600">{subtitle}</p> : null}
      </div>
      {actions}
    </div>
  );
}
