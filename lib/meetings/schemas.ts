/** The meeting form: a logged meeting of a pair or group, shared by the client form and the actions. */
import { z } from "zod";
import { isoDate } from "@/lib/pairs/schemas";
import { MEETING_FORMATS } from "@/lib/plans/labels";

const ZId = z.string().trim().min(1).max(64);

export const ZMeetingFields = z.object({
  heldOn: isoDate("Укажите дату встречи"),
  format: z.enum(MEETING_FORMATS, { error: "Выберите формат встречи" }),
  topic: z.string({ error: "Укажите тему встречи" }).trim().min(3, "Укажите тему встречи").max(300, "Не длиннее 300 символов"),
  durationMinutes: z
    .number({ error: "Укажите длительность в минутах" })
    .int("Укажите целое число минут")
    .min(5, "Не меньше 5 минут")
    .max(600, "Не больше 600 минут"),
  outcome: z.string().trim().max(4000, "Не длиннее 4000 символов").optional(),
  planItemIds: z.array(ZId).max(30, "Не больше 30 пунктов").default([]),
});
export type TMeetingFields = z.input<typeof ZMeetingFields>;

export const ZCreateMeeting = ZMeetingFields.extend({ pairId: ZId });
export type TCreateMeeting = z.input<typeof ZCreateMeeting>;

export const ZUpdateMeeting = ZMeetingFields.extend({ meetingId: ZId, version: z.number().int().min(1) });
export type TUpdateMeeting = z.input<typeof ZUpdateMeeting>;

export const ZDeleteMeeting = z.object({ meetingId: ZId, version: z.number().int().min(1) });

export const MEETING_MESSAGES = {
  future: "Дата встречи не может быть в будущем.",
  beforePair: "Дата встречи раньше начала работы пары.",
  afterPair: "Пара уже завершена: дата встречи позже её окончания.",
  itemsOfOtherPair: "Можно отметить только пункты планов этой пары.",
  conflict: "Запись о встрече только что изменил другой пользователь. Ваши изменения остались в форме: сверьте их и сохраните ещё раз.",
} as const;
