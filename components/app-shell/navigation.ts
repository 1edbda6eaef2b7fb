import type { Assignment } from "@/lib/access";
import { homePathFor } from "@/lib/auth/home";

export type NavItem = { href: string; label: string };

/** The navigation of each role's workspace. */
export function navigationFor(assignment: Assignment): NavItem[] {
  const home = homePathFor(assignment);
  switch (assignment.role) {
    case "ADMIN":
      return [
        { href: home, label: "Обзор" },
        { href: "/admin/structure", label: "Структура" },
        { href: "/admin/forms", label: "Формы наставничества" },
        { href: "/users", label: "Пользователи" },
        { href: "/admin/requirements", label: "Требования" },
        { href: "/admin/plan-templates", label: "Шаблоны планов" },
        { href: "/admin/questionnaires", label: "Анкеты" },
        { href: "/admin/audit", label: "Журнал действий" },
      ];
    case "REGIONAL_COORDINATOR":
      return [
        { href: home, label: "Регион" },
        { href: `${home}/structure`, label: "Структура" },
        { href: `${home}/events`, label: "Мероприятия" },
        { href: `${home}/questionnaires`, label: "Анкеты" },
        { href: `${home}/plan-templates`, label: "Шаблоны планов" },
        { href: `${home}/documents`, label: "Проверка документов" },
        { href: "/users", label: "Пользователи" },
      ];
    case "MUNICIPAL_CURATOR":
      return [
        { href: home, label: "Муниципалитет" },
        { href: `${home}/programs`, label: "Программы школ" },
        { href: `${home}/events`, label: "Мероприятия" },
        { href: `${home}/questionnaires`, label: "Анкеты" },
        { href: `${home}/documents`, label: "Проверка документов" },
        { href: "/users", label: "Пользователи" },
      ];
    case "SCHOOL_CURATOR":
      return [
        { href: home, label: "Школа" },
        { href: `${home}/participants`, label: "Участники" },
        { href: `${home}/pairs`, label: "Пары и группы" },
        { href: `${home}/plans`, label: "Планы" },
        { href: `${home}/visits`, label: "Посещения" },
        { href: `${home}/program`, label: "Программа" },
        { href: `${home}/documents`, label: "Документы" },
        { href: `${home}/events`, label: "Мероприятия" },
        { href: `${home}/questionnaires`, label: "Анкеты" },
        { href: `${home}/recognition`, label: "Обучение и поощрения" },
        { href: "/users", label: "Пользователи" },
      ];
    case "MENTOR":
      return [
        { href: home, label: "Мои пары" },
        { href: `${home}/visits`, label: "Посещения и встречи" },
        { href: `${home}/questionnaires`, label: "Анкеты" },
      ];
    case "MENTEE":
      return [
        { href: home, label: "Мой план" },
        { href: `${home}/visits`, label: "Посещения и встречи" },
        { href: `${home}/questionnaires`, label: "Анкеты" },
      ];
  }
}
