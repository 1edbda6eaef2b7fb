import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Наставник", template: "%s · Наставник" },
  description:
    "Платформа для целевой модели наставничества в образовательных организациях: пары, планы, посещения уроков, документы и отчёты.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ru">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
