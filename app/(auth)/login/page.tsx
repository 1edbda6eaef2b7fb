import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { getPrincipal } from "@/lib/auth/current";

export const metadata: Metadata = { title: "Вход" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  if (await getPrincipal()) redirect("/home");
  const { signedOut } = await searchParams;
  return (
    <AuthCard
      title="Вход в платформу"
      description="Введите адрес электронной почты и пароль вашей учётной записи."
      footer="Учётную запись создаёт куратор вашей школы или муниципалитета: попросите его прислать приглашение."
    >
      {signedOut ? <Alert tone="success">Вы вышли из платформы.</Alert> : null}
      <LoginForm />
      <p className="pt-2 text-sm text-slate-600">
        <Link href="/password/forgot" className="font-medium text-brand-700 hover:underline">
          Забыли пароль?
        </Link>
      </p>
    </AuthCard>
  );
}
