import Link from "next/link";
import { cn } from "./cn";

/** Links to the same page for each academic year (`?year=`), the chosen one marked. */
export function YearSwitcher({ years, currentId, hrefFor }: { years: Array<{ id: string; title: string }>; currentId: string; hrefFor: (id: string) => string }) {
  return (
    <nav aria-label="Учебный год" className="flex flex-wrap gap-2 text-sm">
      {years.map((year) => (
        <Link
          key={year.id}
          href={hrefFor(year.id)}
          aria-current={year.id === currentId ? "page" : undefined}
          className={cn("rounded-full px-3 py-1 ring-1 ring-inset", year.id === currentId ? "bg-brand-600 text-white ring-brand-600" : "text-slate-700 ring-slate-300 hover:bg-slate-50")}
        >
          {year.title}
        </Link>
      ))}
    </nav>
  );
}
