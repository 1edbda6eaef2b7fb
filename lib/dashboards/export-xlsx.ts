/** A dashboard as an Excel workbook: the same scoped data as the page, one sheet per table. */
import "server-only";
import ExcelJS from "exceljs";
import type { Principal } from "@/lib/access";
import { formatDate, formatTime } from "@/lib/format";
import { EVENT_TYPE_LABELS, LEVEL_LABELS } from "@/lib/events/schemas";
import type { EventType } from "@/lib/generated/prisma/enums";
import { getDashboard, type Dashboard, type DashboardFilter, type DashboardUnit } from "./dashboard";
import { averageLoad, percent, type UnitFigures } from "./figures";

const FIGURES: Array<[string, (f: UnitFigures) => number | string]> = [
  ["Школы", (f) => f.schools],
  ["Школы во внедрении", (f) => f.inRollout],
  ["Все документы приняты (школ)", (f) => f.allDocumentsAccepted],
  ["Страница «Целевая модель наставничества» заполнена (школ)", (f) => f.publicPageFilled],
  ["Документы ждут проверки", (f) => f.documentsWaiting],
  ["Документы просрочены", (f) => f.documentsOverdue],
  ["Наставники в базе", (f) => f.mentorsInBase],
  ["Наставляемые в базе", (f) => f.menteesInBase],
  ["Молодые специалисты", (f) => f.youngSpecialists],
  ["Молодые специалисты с наставником", (f) => f.youngWithMentor],
  ["Доля молодых специалистов с наставником, %", (f) => percent(f.youngWithMentor, f.youngSpecialists) ?? ""],
  ["Обучающиеся", (f) => f.students],
  ["Обучающиеся, охваченные наставничеством", (f) => f.studentsCovered],
  ["Охват обучающихся, % (цель 70)", (f) => percent(f.studentsCovered, f.students) ?? ""],
  ["Пары и группы действуют", (f) => f.pairs.active],
  ["Пары и группы завершены", (f) => f.pairs.completed],
  ["Пары и группы прекращены досрочно", (f) => f.pairs.terminated],
  ["из них групп", (f) => f.groups],
  ["Работающие наставники", (f) => f.activeMentors],
  ["Средняя нагрузка наставника", (f) => averageLoad(f) ?? ""],
  ["Наибольшая нагрузка", (f) => f.maxLoad],
  ["Наставники сверх предельной нагрузки", (f) => f.overCap],
  ["Обученные наставники", (f) => f.trainedMentors],
  ["Пункты планов (без отменённых)", (f) => f.plan.total],
  ["Пункты выполнены", (f) => f.plan.done],
  ["Пункты к сроку в ближайшие 14 дней", (f) => f.plan.soon],
  ["Пункты просрочены", (f) => f.plan.overdue],
  ["Посещения уроков", (f) => f.visits],
  ["Встречи пар", (f) => f.meetings],
  ["Пары без записей 30 дней", (f) => f.quietPairs],
  ["Мероприятия проведены", (f) => f.eventsHeld],
  ["Присутствовали на мероприятиях", (f) => f.attendance],
];

function bold(sheet: ExcelJS.Worksheet) {
  sheet.getRow(1).font = { bold: true };
}

export function dashboardWorkbook(dashboard: Dashboard): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  const title = `${dashboard.unit.name}, ${dashboard.year.title} учебный год${dashboard.form ? `, форма «${dashboard.form.name}»` : ""}; данные на ${formatDate(dashboard.asOf)} ${formatTime(dashboard.asOf)}`;

  const summary = workbook.addWorksheet("Показатели");
  summary.columns = [{ header: "Показатель", key: "label", width: 60 }, { header: title, key: "value", width: 24 }];
  bold(summary);
  for (const [label, get] of FIGURES) summary.addRow({ label, value: get(dashboard.totals) });

  if (dashboard.unit.level !== "school") {
    const units = workbook.addWorksheet("По единицам");
    units.columns = [{ header: "Единица", key: "name", width: 40 }, ...FIGURES.map(([label], i) => ({ header: label, key: `f${i}`, width: 16 }))];
    bold(units);
    for (const child of dashboard.children) units.addRow({ name: child.name, ...Object.fromEntries(FIGURES.map(([, get], i) => [`f${i}`, get(child.figures)])) });
  }

  const matrix = workbook.addWorksheet("Охват форм");
  matrix.columns = [{ header: "Единица", key: "name", width: 40 }, ...dashboard.matrix.forms.map((f, i) => ({ header: f.name, key: `c${i}`, width: 18 }))];
  bold(matrix);
  for (const row of dashboard.matrix.rows) matrix.addRow({ name: row.name, ...Object.fromEntries(row.cells.map((n, i) => [`c${i}`, n])) });
  const unused = dashboard.matrix.forms.filter((f) => dashboard.matrix.unusedFormIds.includes(f.id)).map((f) => f.name);
  if (unused.length) matrix.addRow({ name: `Не используются: ${unused.join(", ")}` });

  const forms = workbook.addWorksheet("Пары по формам");
  forms.columns = [
    { header: "Форма", key: "name", width: 30 },
    { header: "Действуют", key: "active", width: 12 },
    { header: "Завершены", key: "completed", width: 12 },
    { header: "Прекращены досрочно", key: "terminated", width: 20 },
    { header: "Групп", key: "groups", width: 10 },
  ];
  bold(forms);
  for (const row of dashboard.pairsByForm) forms.addRow(row);

  const events = workbook.addWorksheet("Мероприятия");
  events.columns = [
    { header: "Вид", key: "type", width: 32 },
    { header: "Уровень", key: "level", width: 18 },
    { header: "Проведено", key: "held", width: 12 },
    { header: "Запланировано", key: "planned", width: 14 },
    { header: "Присутствовали", key: "attended", width: 14 },
    { header: "Дистанционно", key: "remote", width: 14 },
  ];
  bold(events);
  for (const row of dashboard.eventsByType) {
    events.addRow({ ...row, type: EVENT_TYPE_LABELS[row.type as EventType] ?? row.type, level: LEVEL_LABELS[row.level as keyof typeof LEVEL_LABELS] ?? row.level });
  }
  return workbook;
}

export async function exportDashboardXlsx(principal: Principal, unit: DashboardUnit, filter: DashboardFilter): Promise<{ bytes: Buffer; fileName: string }> {
  const dashboard = await getDashboard(principal, unit, filter);
  const bytes = Buffer.from(await dashboardWorkbook(dashboard).xlsx.writeBuffer());
  return { bytes, fileName: `Наставничество — ${dashboard.unit.name} — ${dashboard.year.title}.xlsx` };
}

/** `?year=&form=` of a dashboard's address. */
export function dashboardFilterOf(params: URLSearchParams | Record<string, string | string[] | undefined>): DashboardFilter {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    return text && text.length <= 64 ? text : null;
  };
  return { academicYearId: get("year"), formId: get("form") };
}
