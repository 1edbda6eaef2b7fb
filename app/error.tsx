"use client";

import { startTransition, useEffect } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { DATABASE_UNAVAILABLE_DIGEST, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE, UNAVAILABLE_TITLE } from "@/lib/unavailable";

/**
 * What a page shows when the server could not render it. In production the browser only gets the
 * error's digest: lib/db marks "the database is unreachable" with its own digest, and then the page
 * says the service is temporarily unavailable and tries again by itself until it is back.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const unavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  // reset() alone re-renders the client part; the server part must be fetched again.
  const retry = () => startTransition(() => {
    router.refresh();
    reset();
  });

  useEffect(() => {
    if (!unavailable) return;
    const timer = setTimeout(() => window.location.reload(), RETRY_AFTER_SECONDS * 2 * 1000);
    return () => clearTimeout(timer);
  }, [unavailable]);

  const title = unavailable ? UNAVAILABLE_TITLE : "Что-то пошло не так";
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-6 text-center">
      <title>{title}</title>
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-2 max-w-md text-slate-600">
        {unavailable
          ? `${UNAVAILABLE_MESSAGE} Страница обновится сама, когда связь восстановится.`
          : "Страница не открылась из-за ошибки на сервере. Ваши сохранённые данные не пострадали. Попробуйте ещё раз; если ошибка повторится, сообщите администратору."}
      </p>
      <Button className="mt-6" onClick={retry}>
        Попробовать ещё раз
      </Button>
    </main>
  );
}
