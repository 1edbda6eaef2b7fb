import { ButtonLink } from "@/components/ui/button";
import { Logo } from "@/components/ui/logo";

export const metadata = { title: "Страница не найдена" };

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-6 text-center">
      <Logo />
      <h1 className="mt-8 text-2xl font-semibold text-slate-900">Страница не найдена</h1>
      <p className="mt-2 max-w-md text-slate-600">
        Такой страницы нет, или у вас нет к ней доступа. Проверьте адрес или вернитесь в свой кабинет.
      </p>
      <div className="mt-6 flex gap-3">
        <ButtonLink href="/home">В мой кабинет</ButtonLink>
        <ButtonLink href="/" variant="secondary">
          На главную
        </ButtonLink>
      </div>
    </main>
  );
}
