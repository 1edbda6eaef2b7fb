// The mentoring form catalog (seven forms of the target model), their models/roles, a region's
// restriction of the catalog and the platform's typical development plan.
import type { Prisma } from "../../lib/generated/prisma/client";
import { REGION } from "./hierarchy";
import { LAUNCH, stamped } from "./util";

type Kind = "TEACHER" | "STUDENT" | "COLLEGE_STUDENT" | "EMPLOYER_REPRESENTATIVE";

const FORMS = [
  { code: "STUDENT_STUDENT", name: "ученик–ученик", mentor: ["STUDENT"], mentee: ["STUDENT"], description: "Взаимодействие обучающихся одной организации: более опытный или успешный ученик поддерживает того, кому нужна помощь в учёбе, адаптации или проекте." },
  { code: "TEACHER_TEACHER", name: "учитель–учитель", mentor: ["TEACHER"], mentee: ["TEACHER"], description: "Поддержка молодых специалистов и новых сотрудников, обмен опытом между педагогами, помощь педагогам, испытывающим затруднения." },
  { code: "COLLEGE_STUDENT_STUDENT", name: "студент–ученик", mentor: ["COLLEGE_STUDENT"], mentee: ["STUDENT"], description: "Студент колледжа или вуза помогает школьнику в профессиональном самоопределении, учёбе и проектной деятельности." },
  { code: "EMPLOYER_STUDENT", name: "работодатель–ученик", mentor: ["EMPLOYER_REPRESENTATIVE"], mentee: ["STUDENT"], description: "Представитель предприятия знакомит обучающихся с профессией, ведёт проекты и профориентационные пробы." },
  { code: "EMPLOYER_COLLEGE_STUDENT", name: "работодатель–студент", mentor: ["EMPLOYER_REPRESENTATIVE"], mentee: ["COLLEGE_STUDENT"], description: "Представитель предприятия сопровождает студента в практике и подготовке к трудоустройству." },
  { code: "TEACHER_STUDENT", name: "учитель–ученик", mentor: ["TEACHER"], mentee: ["STUDENT"], description: "Педагог сопровождает обучающегося в проекте, исследовании, подготовке к олимпиаде или в трудной ситуации." },
  { code: "EMPLOYER_TEACHER", name: "работодатель–учитель", mentor: ["EMPLOYER_REPRESENTATIVE"], mentee: ["TEACHER"], description: "Специалист предприятия помогает педагогу профильного предмета связать содержание урока с реальным производством." },
] as const satisfies ReadonlyArray<{ code: string; name: string; mentor: readonly Kind[]; mentee: readonly Kind[]; description: string }>;

export type FormCode = (typeof FORMS)[number]["code"];

export const formId = (code: FormCode): string => `seed-form-${code.toLowerCase().replaceAll("_", "-")}`;

/** Models/roles within a form: key → [form, name, mentor role, mentee role]. */
const MODELS = {
  ttYoung: ["TEACHER_TEACHER", "опытный педагог – молодой специалист", "опытный педагог", "молодой специалист"],
  ttNewcomer: ["TEACHER_TEACHER", "опытный педагог – новый сотрудник", "опытный педагог", "педагог, впервые пришедший в школу"],
  ttLeader: ["TEACHER_TEACHER", "лидер педагогического сообщества – педагог, испытывающий проблемы", "лидер педагогического сообщества", "педагог, испытывающий проблемы"],
  ttInnovator: ["TEACHER_TEACHER", "педагог-новатор – консервативный педагог", "педагог-новатор", "консервативный педагог"],
  ttSubject: ["TEACHER_TEACHER", "опытный предметник – неопытный предметник", "опытный предметник", "неопытный предметник"],
  ttExchange: ["TEACHER_TEACHER", "педагог-стажист – педагог", "педагог-стажист", "педагог"],
  ssAchiever: ["STUDENT_STUDENT", "успевающий – неуспевающий", "успевающий ученик", "неуспевающий ученик"],
  ssLeader: ["STUDENT_STUDENT", "лидер – пассивный", "ученик-лидер", "пассивный ученик"],
  ssPeer: ["STUDENT_STUDENT", "равный – равному", "ученик", "ученик"],
  ssAdaptation: ["STUDENT_STUDENT", "адаптированный – неадаптированный", "адаптированный ученик", "неадаптированный ученик"],
  csCareer: ["COLLEGE_STUDENT_STUDENT", "студент-консультант – ученик, выбирающий профессию", "студент-консультант", "ученик, выбирающий профессию"],
  csTutor: ["COLLEGE_STUDENT_STUDENT", "успевающий студент – неуспевающий ученик", "успевающий студент", "неуспевающий ученик"],
  esFuture: ["EMPLOYER_STUDENT", "работодатель – будущий сотрудник", "представитель работодателя", "будущий сотрудник"],
  esActive: ["EMPLOYER_STUDENT", "активный профессионал – равнодушный потребитель", "активный профессионал", "равнодушный потребитель"],
  ecFuture: ["EMPLOYER_COLLEGE_STUDENT", "работодатель – будущий сотрудник", "представитель работодателя", "будущий сотрудник"],
  ecColleague: ["EMPLOYER_COLLEGE_STUDENT", "коллега – молодой коллега", "опытный специалист", "молодой коллега"],
  tsColleague: ["TEACHER_STUDENT", "коллега – молодой коллега", "педагог-руководитель проекта", "ученик-исследователь"],
  tsGifted: ["TEACHER_STUDENT", "наставник-предметник – одарённый обучающийся", "наставник-предметник", "одарённый обучающийся"],
  etIndustry: ["EMPLOYER_TEACHER", "представитель отрасли – педагог профильного предмета", "представитель отрасли", "педагог профильного предмета"],
} as const satisfies Record<string, readonly [FormCode, string, string, string]>;

export type ModelKey = keyof typeof MODELS;

export const modelId = (key: ModelKey): string => `seed-model-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
export const modelForm = (key: ModelKey): FormCode => MODELS[key][0];

export function formKinds(code: FormCode): { mentor: readonly Kind[]; mentee: readonly Kind[] } {
  const form = FORMS.find((f) => f.code === code)!;
  return { mentor: form.mentor, mentee: form.mentee };
}

export const PLAN_TEMPLATE_ID = "seed-plan-template-young-teacher";

export function buildCatalog() {
  const mentoringForms: Prisma.MentoringFormCreateManyInput[] = FORMS.map((f, index) => ({
    id: formId(f.code),
    code: f.code,
    name: f.name,
    description: f.description,
    mentorKinds: [...f.mentor],
    menteeKinds: [...f.mentee],
    isActive: true,
    sortOrder: (index + 1) * 10,
    ...stamped(LAUNCH),
  }));
  const mentoringModels: Prisma.MentoringModelCreateManyInput[] = (Object.keys(MODELS) as ModelKey[]).map((key, index) => {
    const [form, name, mentorRole, menteeRole] = MODELS[key];
    return { id: modelId(key), formId: formId(form), name, mentorRole, menteeRole, isActive: true, sortOrder: (index + 1) * 10, createdAt: LAUNCH };
  });
  // Республика Алтай offers the five forms of its regional order (seed 003): the two others are off.
  const regionForms: Prisma.RegionFormCreateManyInput[] = FORMS.map((f) => ({
    regionId: REGION.altai,
    formId: formId(f.code),
    isEnabled: f.code !== "TEACHER_STUDENT" && f.code !== "EMPLOYER_TEACHER",
    updatedAt: LAUNCH,
  }));
  const planTemplates: Prisma.PlanTemplateCreateManyInput[] = [
    { id: PLAN_TEMPLATE_ID, regionId: null, formId: formId("TEACHER_TEACHER"), title: "Типовой индивидуальный план развития молодого педагога", kind: "IPR", isActive: true, ...stamped(LAUNCH) },
  ];
  const templateItems: Array<[string, Prisma.PlanTemplateItemCreateManyInput["direction"], string, string, number]> = [
    ["Изучить нормативную базу и школьную документацию", "METHODOLOGICAL", "Ведение электронного журнала и рабочей программы", "Памятка по ведению документации", 14],
    ["Спроектировать урок по обновлённому ФГОС", "METHODOLOGICAL", "Целеполагание и структура современного урока", "Технологическая карта урока", 45],
    ["Освоить приёмы управления дисциплиной", "PSYCHOLOGICAL", "Решение конфликтных ситуаций в классе", "Банк приёмов и педагогических ситуаций", 75],
    ["Подготовить и провести родительское собрание", "COMMUNICATIVE", "Взаимодействие с родителями", "Сценарий родительского собрания", 100],
    ["Освоить цифровые инструменты оценивания", "DIGITAL", "Формирующее оценивание", "Комплект онлайн-заданий", 130],
    ["Провести открытый урок", "SUBJECT", "Представление опыта коллегам", "Открытый урок и самоанализ", 200],
    ["Подготовить портфолио и рефлексивный отчёт", "OTHER", "Рефлексия собственной деятельности", "Портфолио молодого педагога", 250],
  ];
  const planTemplateItems: Prisma.PlanTemplateItemCreateManyInput[] = templateItems.map(
    ([goal, direction, difficulty, expectedProduct, dueOffsetDays], position) => ({
      id: `${PLAN_TEMPLATE_ID}-${position + 1}`,
      templateId: PLAN_TEMPLATE_ID,
      position: position + 1,
      goal,
      direction,
      difficulty,
      expectedProduct,
      dueOffsetDays,
    }),
  );
  return { mentoringForms, mentoringModels, regionForms, planTemplates, planTemplateItems };
}
