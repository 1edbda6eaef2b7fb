/**
 * The natural key of a participant (Participant.externalKey): what makes importing the same file
 * twice update the rows it created instead of duplicating them. Manual entries carry the same key,
 * so an import also finds people typed in by hand.
 *
 * - педагог, студент, представитель работодателя: kind + normalised last, first and middle name,
 *   plus the birth date when it is given (two namesakes are told apart by their birth dates);
 * - обучающийся: kind + normalised name + birth date; without a birth date, the class instead (a
 *   class changes every year, so a birth date is the better key for pupils).
 * Normalised: lower case, «ё» as «е», spaces collapsed.
 */
import type { ParticipantKind } from "@/lib/generated/prisma/enums";

export function normaliseName(value: string | null | undefined): string {
  return (value ?? "").toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function naturalKey(p: {
  kind: ParticipantKind;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: Date | null;
  className: string | null;
}): string {
  const name = [p.lastName, p.firstName, p.middleName].map(normaliseName).join("|");
  const tail =
    p.birthDate !== null
      ? isoDate(p.birthDate)
      : p.kind === "STUDENT"
        ? `класс:${normaliseName(p.className).replace(/[\s-]/g, "")}`
        : "";
  return `${p.kind}:${name}${tail ? `|${tail}` : ""}`;
}

export const NATURAL_KEY_HELP =
  "Повторная загрузка того же файла обновляет участников, а не дублирует их. Человек узнаётся так: педагог, студент, представитель работодателя — по категории и ФИО (и дате рождения, если она указана); обучающийся — по ФИО и дате рождения, а без даты рождения — по ФИО и классу.";
