/**
 * Trainings of mentors and curators and awards of mentors: the forms shared by the client and the
 * server actions. The certificate scan is uploaded separately (./certificates.ts).
 */
import { z } from "zod";
import type { AwardKind, AwardStatus } from "@/lib/generated/prisma/enums";
import { requiredDate, ZId, ZOptionalDate } from "@/lib/programs/schemas";

const text = (max: number) => z.string().trim().max(max, `Не длиннее ${max} символов`);

/** "participant:<id>" (a person of the school's bases) or "user:<id>" (a curator's account). */
export const ZTrainee = z
  .string()
  .trim()
  .min(1, "Выберите, кто прошёл обучение")
  .regex(/^(participant|user):[A-Za-z0-9_-]{1,64}$/, "Выберите, кто прошёл обучение");

export function parseTrainee(value: string): { participantId: string | null; userId: string | null } {
  const [kind, id] = value.split(":");
  return kind === "participant" ? { participantId: id, userId: null } : { participantId: null, userId: id };
}

export const ZAddTraining = z
  .object({
    schoolId: ZId.min(1),
    trainee: ZTrainee,
    courseTitle: text(300).min(1, "Введите название курса"),
    provider: text(300).min(1, "Укажите, кто проводил обучение"),
    hours: z.number({ error: "Укажите число часов" }).int("Целое число часов").min(1, "Не меньше 1 часа").max(2000, "Не больше 2000 часов"),
    startsOn: ZOptionalDate,
    endsOn: requiredDate("Укажите дату окончания"),
    certificateNumber: text(100),
  })
  .superRefine((value, ctx) => {
    if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Окончание раньше начала" });
  });
export type TAddTraining = z.infer<typeof ZAddTraining>;

export const AWARD_KIND_LABELS: Record<AwardKind, string> = {
  GRANT: "Грант",
  LETTER_OF_THANKS: "Благодарственное письмо",
  CERTIFICATE_OF_HONOR: "Почётная грамота",
  HONORARY_MENTOR_BADGE: "Знак «Почётный наставник»",
  COMPETITION_NOMINATION: "Номинация конкурса",
  OTHER: "Другое",
};
export const AWARD_KINDS = Object.keys(AWARD_KIND_LABELS) as [AwardKind, ...AwardKind[]];

export const AWARD_STATUS_LABELS: Record<AwardStatus, string> = { PROPOSED: "представлен", APPROVED: "одобрен", AWARDED: "вручено", DECLINED: "отклонено" };

export const AWARD_LEVELS = ["SCHOOL", "MUNICIPALITY", "REGION"] as const;
export const AWARD_LEVEL_LABELS: Record<(typeof AWARD_LEVELS)[number], string> = { SCHOOL: "школьный", MUNICIPALITY: "муниципальный", REGION: "региональный" };

export const ZProposeAward = z.object({
  schoolId: ZId.min(1),
  participantId: ZId.min(1, "Выберите наставника"),
  kind: z.enum(AWARD_KINDS, { error: "Выберите вид поощрения" }),
  level: z.enum(AWARD_LEVELS, { error: "Выберите уровень" }),
  title: text(300).min(1, "Введите название: за что и от кого"),
  proposedOn: requiredDate("Укажите дату представления"),
  note: text(2000),
});
export type TProposeAward = z.infer<typeof ZProposeAward>;

/** Where an award may go from each status; awarded and declined are final. */
export const AWARD_TRANSITIONS: Record<AwardStatus, readonly AwardStatus[]> = {
  PROPOSED: ["APPROVED", "DECLINED"],
  APPROVED: ["AWARDED", "DECLINED"],
  AWARDED: [],
  DECLINED: [],
};

export const ZSetAwardStatus = z
  .object({
    awardId: ZId.min(1),
    status: z.enum(["APPROVED", "AWARDED", "DECLINED"]),
    awardedOn: ZOptionalDate,
  })
  .superRefine((value, ctx) => {
    if (value.status === "AWARDED" && !value.awardedOn) ctx.addIssue({ code: "custom", path: ["awardedOn"], message: "Укажите дату вручения" });
  });
export type TSetAwardStatus = z.infer<typeof ZSetAwardStatus>;
