"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import type { NavItem } from "./navigation";

/** The workspace's sections; the current one is marked for sight and for screen readers. */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // The longest matching href is the current section (the home is a prefix of every other).
  const current = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label="Разделы" className="-mx-1 flex gap-1 overflow-x-auto whitespace-nowrap px-1">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={item.href === current ? "page" : undefined}
          className={cn(
            "shrink-0 rounded-lg px-3 py-2 text-sm font-medium hover:bg-slate-100",
            item.href === current ? "bg-brand-50 text-brand-700" : "text-slate-700",
          )}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
