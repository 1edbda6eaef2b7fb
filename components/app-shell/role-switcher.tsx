"use client";

import { useTransition } from "react";
import { switchRoleAction } from "@/lib/auth/actions";

export type RoleOption = { id: string; label: string };

/** For a user with several roles (a mentor who is also the school's curator). */
export function RoleSwitcher({ options, activeId }: { options: RoleOption[]; activeId: string }) {
  const [pending, startTransition] = useTransition();
  if (options.length < 2) return null;
  return (
    <label className="flex items-center gap-2 text-sm text-slate-600">
      <span className="hidden sm:inline">Роль:</span>
      <select
        className="max-w-[16rem] rounded-lg border border-slate-300 bg-white py-1.5 pl-2 pr-8 text-sm text-slate-900"
        value={activeId}
        disabled={pending}
        onChange={(event) => {
          const assignmentId = event.target.value;
          startTransition(async () => {
            await switchRoleAction({ assignmentId });
          });
        }}
      >
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
