import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { Alert } from "@/components/ui/alert";
import { getPrincipal } from "@/lib/auth/current";
import { getLinkStatus } from "@/lib/users/queries";
import { TOKEN_MESSAGES } from "@/lib/users/schemas";

// The address holds a one-time secret: no referrer leaves with it, and no search engine keeps it.
export const metadata: Metadata = { title: "Приглашение", referrer: "no-referrer", robots: { index: false, follow: false } };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [status, principal] = await Promise.all([getLinkStatus("INVITATION", token), getPrincipal()]);

  if (status.state !== "valid") {
    return (
      <AuthCard title="Приглашение не действует">
        <Alert tone="error">{TOKEN_MESSAGES.INVITATION[status.state]}</Alert>
        <p className="text-sm text-slate-600">
          <Link href="/login" className="font-medium text-brand-700 hover:underline">
            Перейти ко входу
          </Link>
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={`Здравствуйте, ${status.fullName}!`}
      description={
        <>
          Вас пригласили в платформу «Наставник». Задайте пароль для учётной записи <strong className="text-slate-900">{status.email}</strong>:
          с ним вы будете входить в платформу.
        </>
      }
      footer="Ссылка из письма открывается один раз и действует 7 дней."
    >
      {principal && principal.email !== status.email ? (
        <Alert tone="info">
          Сейчас вы вошли как {principal.email}. Задав пароль, вы войдёте в платформу как {status.email}.
        </Alert>
      ) : null}
      <SetPasswordForm token={token} email={status.email} purpose="invitation" />
    </AuthCard>
  );
}
