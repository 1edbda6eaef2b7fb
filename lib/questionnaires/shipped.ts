/**
 * The questionnaires the platform ships, ready to publish: the program forms schools now copy into
 * online forms by hand. The diagnostic's difficulties are those of the district report in the
 * seeds (61 %, 52 %, 51 %, 35 %, 32 %…). Each passes ZDefinition (tested).
 */
import type { QuestionnaireKind, AudienceRole, QuestionnaireStage } from "@/lib/generated/prisma/enums";
import type { Definition, Question } from "./definition";

const options = (pairs: ReadonlyArray<readonly [string, string]>) => pairs.map(([id, label]) => ({ id, label }));
const scale = (id: string, label: string, max: 5 | 10 = 5, ends?: [string, string]): Question => ({
  id,
  type: "scale",
  label,
  required: true,
  min: 1,
  max,
  ...(ends ? { minLabel: ends[0], maxLabel: ends[1] } : {}),
});
const text = (id: string, label: string, required = false, help?: string): Question => ({ id, type: "text", label, required, ...(help ? { help } : {}) });
const longtext = (id: string, label: string, required = false, help?: string): Question => ({ id, type: "longtext", label, required, ...(help ? { help } : {}) });

/** The difficulties of young teachers as the district report names them (seed 003), and those schools add. */
export const DIFFICULTIES = [
  ["emotions", "Управление своей эмоциональной сферой"],
  ["conflicts", "Решение конфликтных ситуаций в классе с обучающимися"],
  ["judgement", "Категоричность оценок и суждений в педагогическом общении"],
  ["observation", "Неумение наблюдать за участниками коммуникации"],
  ["interaction", "Проблемы во взаимодействии с обучающимися"],
  ["parents", "Взаимодействие с родителями"],
  ["lesson", "Проектирование современного урока"],
  ["documents", "Ведение школьной документации"],
] as const;

export const DIFFICULTIES_DEFINITION: Definition = {
  sections: [
    {
      id: "about",
      title: "О себе",
      questions: [
        { id: "experience", type: "single", label: "Ваш педагогический стаж", required: true, options: options([["lt1", "менее 1 года"], ["1to3", "1–3 года"], ["3to5", "3–5 лет"], ["gt5", "более 5 лет"]]) },
        text("subject", "Преподаваемый предмет", true),
      ],
    },
    {
      id: "difficulties",
      title: "Профессиональные затруднения",
      questions: [
        { id: "areas", type: "multiple", label: "В чём вы испытываете затруднения? (можно выбрать несколько)", required: true, options: options(DIFFICULTIES) },
        scale("lesson_confidence", "Насколько уверенно вы проектируете урок по обновлённому ФГОС? (1 — совсем не уверен, 5 — полностью уверен)"),
        scale("discipline_confidence", "Насколько уверенно вы удерживаете дисциплину на уроке?"),
        text("help", "Какая помощь наставника нужна вам в первую очередь?"),
      ],
    },
  ],
};

export const SATISFACTION_MENTEE_DEFINITION: Definition = {
  sections: [
    {
      id: "satisfaction",
      title: "Удовлетворённость участием в программе",
      questions: [
        scale("overall", "Насколько вы удовлетворены участием в программе наставничества?", 10),
        scale("mentor_support", "Насколько вы удовлетворены поддержкой наставника?", 10),
        scale("usefulness", "Насколько полезны встречи с наставником для вашей работы?", 10),
        { id: "frequency", type: "single", label: "Частота встреч с наставником", required: true, options: options([["enough", "достаточная"], ["more", "хотелось бы чаще"], ["less", "слишком частые"]]) },
        text("comment", "Что бы вы предложили изменить?"),
      ],
    },
  ],
};

const MENTOR_APPLICATION: Definition = {
  sections: [
    {
      id: "about",
      title: "О себе",
      questions: [
        text("position", "Должность", true),
        text("subjects", "Преподаваемые предметы", true, "Через запятую, например: математика, информатика"),
        { id: "experience_years", type: "number", label: "Педагогический стаж, полных лет", required: true, min: 0, max: 60, integer: true },
        { id: "category", type: "single", label: "Квалификационная категория", required: true, options: options([["none", "без категории"], ["szd", "соответствие занимаемой должности"], ["first", "первая"], ["highest", "высшая"]]) },
        { id: "trained", type: "yesno", label: "Проходили ли вы обучение по программам наставничества?", required: true },
      ],
    },
    {
      id: "readiness",
      title: "Готовность к наставничеству",
      questions: [
        { id: "forms", type: "multiple", label: "В каких формах наставничества вы готовы работать?", required: true, options: options([["teacher_teacher", "учитель – учитель"], ["teacher_student", "учитель – ученик"], ["student_student", "ученик – ученик"], ["employer", "с участием работодателя"]]) },
        { id: "mentee_count", type: "number", label: "Скольких наставляемых вы готовы сопровождать?", required: true, min: 1, max: 5, integer: true },
        {
          id: "strengths",
          type: "multiple",
          label: "В чём вы можете помочь наставляемому?",
          required: true,
          maxChoices: 3,
          help: "Выберите не больше трёх",
          options: options([["lesson", "проектирование урока"], ["discipline", "дисциплина и общение с классом"], ["parents", "работа с родителями"], ["documents", "школьная документация"], ["digital", "цифровые инструменты"], ["projects", "проектная и исследовательская деятельность"]]),
        },
        { id: "motivation", type: "matrix", label: "Насколько вы согласны с утверждениями?", required: true, min: 1, max: 5, minLabel: "не согласен", maxLabel: "полностью согласен", rows: options([["share", "Мне нравится делиться опытом"], ["time", "У меня есть время на регулярные встречи"], ["feedback", "Я умею давать обратную связь"]]) },
        longtext("expectations", "Чего вы ждёте от участия в программе?"),
      ],
    },
  ],
};

const MENTEE_REQUEST: Definition = {
  sections: [
    {
      id: "about",
      title: "О себе",
      questions: [
        text("position", "Должность или класс", true),
        { id: "start_date", type: "date", label: "Дата начала работы в школе (для педагогов)", required: false },
      ],
    },
    {
      id: "requests",
      title: "Мои запросы к наставнику",
      questions: [
        {
          id: "areas",
          type: "multiple",
          label: "С чем вам нужна помощь?",
          required: true,
          options: options([["lesson", "подготовка и проведение уроков"], ["discipline", "дисциплина и общение с обучающимися"], ["parents", "взаимодействие с родителями"], ["documents", "школьная документация"], ["adaptation", "адаптация в коллективе"], ["competitions", "подготовка к конкурсам и олимпиадам"], ["career", "профессиональное самоопределение"]]),
        },
        { id: "format", type: "single", label: "Какой формат встреч вам удобнее?", required: true, options: options([["in_person", "очно"], ["online", "дистанционно"], ["mixed", "смешанный"]]) },
        { id: "frequency", type: "single", label: "Как часто вы хотели бы встречаться с наставником?", required: true, options: options([["weekly", "раз в неделю"], ["biweekly", "раз в две недели"], ["monthly", "раз в месяц"]]) },
        longtext("goal", "Чего вы хотите достичь к концу программы?", true),
      ],
    },
  ],
};

const SATISFACTION_MENTOR: Definition = {
  sections: [
    {
      id: "satisfaction",
      title: "Удовлетворённость работой наставника",
      questions: [
        scale("overall", "Насколько вы удовлетворены участием в программе наставничества?", 10),
        scale("mentee_progress", "Насколько заметен прогресс вашего наставляемого?", 10),
        scale("organisation", "Насколько вас устраивает организация программы в школе?", 10),
        { id: "workload", type: "single", label: "Как вы оцениваете нагрузку наставника?", required: true, options: options([["ok", "посильная"], ["high", "высокая"], ["excessive", "чрезмерная"]]) },
        { id: "continue", type: "yesno", label: "Готовы ли вы продолжить наставничество в следующем году?", required: true },
        longtext("suggestions", "Что бы вы предложили изменить в программе?"),
      ],
    },
  ],
};

/** The same questions for mentor and mentee: their answers are compared when pairs are formed. */
const COMPATIBILITY: Definition = {
  sections: [
    {
      id: "style",
      title: "Стиль работы и общения",
      questions: [
        { id: "pace", type: "single", label: "Какой темп работы вам ближе?", required: true, options: options([["fast", "быстрый, много задач сразу"], ["steady", "ровный, по плану"], ["slow", "неторопливый, с обдумыванием"]]) },
        { id: "communication", type: "single", label: "Как вам удобнее общаться?", required: true, options: options([["face", "лично"], ["messages", "в переписке"], ["both", "по-разному"]]) },
        { id: "planning", type: "single", label: "Как вы относитесь к планам?", required: true, options: options([["detailed", "люблю подробный план"], ["outline", "достаточно общих ориентиров"], ["free", "предпочитаю действовать по ситуации"]]) },
        { id: "feedback", type: "single", label: "Какая обратная связь вам полезнее?", required: true, options: options([["direct", "прямая и конкретная"], ["soft", "мягкая, с поддержкой"], ["questions", "наводящие вопросы"]]) },
        { id: "interests", type: "single", label: "Что вам интереснее всего в работе учителя?", required: true, options: options([["subject", "предмет"], ["children", "дети и воспитание"], ["methods", "методики и технологии"], ["projects", "проекты и конкурсы"]]) },
      ],
    },
  ],
};

const CURATOR_SWOT: Definition = {
  sections: [
    {
      id: "swot",
      title: "SWOT-анализ программы наставничества",
      description: "Оцените программу школы за учебный год: что получилось, что мешает, что можно использовать и чего опасаться.",
      questions: [
        longtext("strengths", "Сильные стороны программы", true),
        longtext("weaknesses", "Слабые стороны", true),
        longtext("opportunities", "Возможности", true),
        longtext("threats", "Угрозы", true),
      ],
    },
    {
      id: "assessment",
      title: "Самооценка",
      questions: [
        {
          id: "aspects",
          type: "matrix",
          label: "Оцените, насколько реализовано в школе",
          required: true,
          min: 1,
          max: 5,
          minLabel: "не реализовано",
          maxLabel: "реализовано полностью",
          rows: options([["documents", "Нормативная база (положение, приказы, программа)"], ["base", "Базы наставников и наставляемых"], ["training", "Обучение наставников"], ["pairs", "Работа пар и групп по планам"], ["site", "Раздел на сайте школы"], ["final", "Итоговое мероприятие"]]),
        },
        { id: "forms_used", type: "number", label: "Сколько форм наставничества использовалось в школе?", required: true, min: 0, max: 7, integer: true },
        { id: "next_year", type: "yesno", label: "Планирует ли школа расширить программу в следующем году?", required: true },
      ],
    },
  ],
};

export type ShippedTemplate = {
  key: string;
  kind: QuestionnaireKind;
  title: string;
  description: string;
  audience: AudienceRole[];
  stage: QuestionnaireStage;
  isAnonymous: boolean;
  definition: Definition;
};

/** Platform templates that arrive as drafts, ready to publish (the diagnostic and mentee satisfaction ship published). */
export const SHIPPED_TEMPLATES: ShippedTemplate[] = [
  {
    key: "mentor-application",
    kind: "MENTOR_APPLICATION",
    title: "Анкета наставника",
    description: "Для формирования базы наставников: опыт, готовность и в чём наставник может помочь.",
    audience: ["MENTOR"],
    stage: "BEFORE",
    isAnonymous: false,
    definition: MENTOR_APPLICATION,
  },
  {
    key: "mentee-request",
    kind: "MENTEE_REQUEST",
    title: "Карта запросов наставляемого",
    description: "С чем наставляемому нужна помощь: по ответам подбирают наставника и составляют план.",
    audience: ["MENTEE"],
    stage: "BEFORE",
    isAnonymous: false,
    definition: MENTEE_REQUEST,
  },
  {
    key: "satisfaction-mentor",
    kind: "SATISFACTION_MENTOR",
    title: "Мониторинг удовлетворённости участием в программе наставничества (наставник)",
    description: "Проводится по итогам программы; результаты смотрите по каждой форме наставничества.",
    audience: ["MENTOR"],
    stage: "AFTER",
    isAnonymous: true,
    definition: SATISFACTION_MENTOR,
  },
  {
    key: "compatibility",
    kind: "COMPATIBILITY",
    title: "Анкета совместимости наставника и наставляемого",
    description: "Одинаковые вопросы для наставника и наставляемого: совпадение ответов учитывается при подборе пар.",
    audience: ["MENTOR", "MENTEE"],
    stage: "BEFORE",
    isAnonymous: false,
    definition: COMPATIBILITY,
  },
  {
    key: "curator-swot",
    kind: "CURATOR_SWOT",
    title: "SWOT-самоанализ программы наставничества (куратор)",
    description: "Куратор школы оценивает программу за учебный год.",
    audience: ["CURATOR"],
    stage: "AFTER",
    isAnonymous: false,
    definition: CURATOR_SWOT,
  },
];
