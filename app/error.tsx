"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-6 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Что-то пошло не так</h1>
      <p className="mt-2 max-w-md text-slate-600">
        Страница не открылась из-за ошибки на сервере. Ваши сохранённые данные не пострадали. Попробуйте ещё раз;
        если ошибка повторится, сообщите администратору.
      </p>
      <Button className="mt-6" onClick={reset}>
        Попробовать ещё раз
      </Button>
    </main>
  );
}
