import Link from "next/link";

export function Logo() {
  return (
    <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8">
        <rect width="32" height="32" rx="8" className="fill-brand-600" />
        <circle cx="12" cy="12" r="4" fill="white" />
        <circle cx="21" cy="15" r="3" fill="white" opacity="0.85" />
        <path d="M6 25c1-4 3.5-6 6-6s5 2 6 6M16 25c.8-3 2.6-4.5 5-4.5s4.2 1.5 5 4.5" stroke="white" strokeWidth="2" fill="none" strokeLinecap="round" />
      </svg>
      <span className="text-lg">Наставник</span>
    </Link>
  );
}
