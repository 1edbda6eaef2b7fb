"use client";

import "./globals.css";
import ErrorPage from "./error";

/**
 * The last resort, when even the root layout failed: the same Russian page as app/error.tsx in a
 * document of its own (Next's default here is an English "Application error").
 */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ru">
      <body className="min-h-screen font-sans">
        <ErrorPage {...props} />
      </body>
    </html>
  );
}
