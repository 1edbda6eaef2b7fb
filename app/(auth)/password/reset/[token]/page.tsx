import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { Alert } from "@/components/ui/alert";
import { getLinkStatus } from "@/lib/users/queries";
import { TOKEN_MESSAGES } from "@/lib/users/schemas";

// The address holds a one-time secret: no referrer leaves with it, and no search engine keeps it.
export const metadata: Metadata = { title: "Новый пароль", referrer: "no-referrer", robots: { index: false, follow: false } };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const status = await getLinkStatus("PASSWORD_RESET", token);

  if (status.state !== "valid") {
    return (
      <AuthCard title="Ссылка не действует">
        <Alert tone="error">{TOKEN_MESSAGES.PASSWORD_RESET[status.state]}</Alert>
        <p className="text-sm text-slate-600">
          <Link href="/password/forgot" className="font-medium text-brand-700 hover:underline">
            Запросить новую ссылку
          </Link>
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Новый пароль"
      description={
        <>
          Задайте новый пароль для учётной записи <strong className="text-slate-900">{status.email}</strong>. Все открытые сеансы этой
          учётной записи завершатся.
        </>
      }
    >
      <SetPasswordForm token={token} email={status.email} purpose="reset" />
    </AuthCard>
  );
}
