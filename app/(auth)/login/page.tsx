import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Logo } from "@/components/ui/logo";
import { LoginForm } from "@/components/auth/login-form";
import { getPrincipal } from "@/lib/auth/current";

export const metadata: Metadata = { title: "Вход" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  if (await getPrincipal()) redirect("/home");
  const { signedOut } = await searchParams;
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="flex justify-center">
          <Logo />
        </div>
        <div className="mt-8 rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
          <h1 className="text-xl font-semibold text-slate-900">Вход в платформу</h1>
          <p className="mt-1 text-sm text-slate-600">Введите адрес электронной почты и пароль вашей учётной записи.</p>
          <div className="mt-6 space-y-4">
            {signedOut ? <Alert tone="success">Вы вышли из платформы.</Alert> : null}
            <LoginForm />
          </div>
          <p className="mt-6 text-sm text-slate-600">
            <Link href="/password/forgot" className="font-medium text-brand-700 hover:underline">
              Забыли пароль?
            </Link>
          </p>
        </div>
        <p className="mt-6 text-center text-sm text-slate-500">
          Учётную запись создаёт куратор вашей школы или муниципалитета: попросите его прислать приглашение.
        </p>
      </div>
    </main>
  );
}
