import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { config } from "@/lib/config";

export const metadata: Metadata = { title: "Восстановление пароля" };

export default async function ForgotPasswordPage() {
  // Rendered per request, never prerendered: proxy.ts puts a fresh CSP nonce on every page's scripts.
  await connection();
  return (
    <AuthCard
      title="Восстановление пароля"
      description="Введите адрес электронной почты вашей учётной записи: мы пришлём на него ссылку, по которой можно задать новый пароль."
      footer={
        <Link href="/login" className="font-medium text-brand-700 hover:underline">
          Вернуться ко входу
        </Link>
      }
    >
      <ForgotPasswordForm mailConfigured={Boolean(config.smtpUrl)} />
    </AuthCard>
  );
}
