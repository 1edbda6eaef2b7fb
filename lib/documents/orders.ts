/**
 * The orders the school downloads from its checklist, drafted from live data by the one order
 * generator (./docx.ts): the order on the curator, the order on pairs and groups
 * (lib/pairs/order-docx.ts) and the order on the final event of the year.
 */
import "server-only";
import type { Paragraph, Table } from "docx";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";
import { mayCreateUnder } from "@/lib/access/records";
import { NotFoundError } from "@/lib/errors";
import { formatLocalDate, formatTime } from "@/lib/format";
import { buildPairsOrderDocx } from "@/lib/pairs/order-docx";
import { toDate } from "@/lib/programs/schemas";
import { buildOrderDocx, orderLine, orderTable } from "./docx";
import { GENERATED_ORDERS } from "./generated";
import { parse } from "./mutations";
import { ZGeneratedOrder, type TGeneratedOrder } from "./schemas";

const BLANK = "____________________";

async function schoolAndYear(principal: Principal, schoolId: string, academicYearId: string) {
  if (!(await mayCreateUnder(principal, "document", schoolId))) throw new NotFoundError();
  const [school, year] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: schoolId }, select: { id: true, name: true } }),
    db.academicYear.findUnique({ where: { id: academicYearId }, select: { id: true, title: true } }),
  ]);
  if (!year) throw new NotFoundError();
  return { school, year };
}

/** The curator named in the school's program of the year, else the principal who drafts the order. */
async function curatorName(principal: Principal, schoolId: string, academicYearId: string) {
  const program = await db.mentoringProgram.findFirst({
    where: { AND: [scopeWhere(principal, "program"), { schoolId, academicYearId, curatorUserId: { not: null } }] },
    orderBy: { createdAt: "asc" },
    select: { curatorUserId: true },
  });
  const user = program?.curatorUserId ? await db.user.findUnique({ where: { id: program.curatorUserId }, select: { fullName: true } }) : null;
  return user?.fullName ?? principal.fullName;
}

export async function buildCuratorOrderDocx(principal: Principal, schoolId: string, order: { academicYearId: string; number: string; date: string }) {
  const { school, year } = await schoolAndYear(principal, schoolId, order.academicYearId);
  const curator = await curatorName(principal, school.id, year.id);
  return buildOrderDocx({
    documentTitle: GENERATED_ORDERS.curator.title,
    schoolName: school.name,
    number: order.number,
    date: toDate(order.date),
    heading: "О назначении куратора внедрения целевой модели наставничества",
    preamble:
      "В соответствии с распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную деятельность по общеобразовательным, дополнительным общеобразовательным и программам среднего профессионального образования», Положением о наставничестве и в целях реализации программы наставничества" +
      ` на ${year.title} учебный год`,
    body: [
      orderLine(`1. Назначить куратором внедрения целевой модели наставничества в ${school.name} на ${year.title} учебный год ${curator}.`),
      orderLine("2. Куратору внедрения целевой модели наставничества:"),
      ...[
        "2.1. сформировать базу наставников и базу наставляемых;",
        "2.2. организовать разработку, утверждение и реализацию программы наставничества;",
        "2.3. организовать отбор и обучение наставников;",
        "2.4. сформировать наставнические пары (группы) и подготовить проект приказа об их закреплении;",
        "2.5. контролировать реализацию индивидуальных планов развития наставляемых;",
        "2.6. организовать итоговое мероприятие программы наставничества, мониторинг и оценку качества её реализации.",
      ].map((text) => orderLine(text, { indent: true })),
      orderLine("3. Контроль за исполнением настоящего приказа оставляю за собой."),
    ],
    signatures: [{ role: "Руководитель образовательной организации" }],
    acquainted: [curator],
  });
}

export async function buildFinalEventOrderDocx(principal: Principal, schoolId: string, order: { academicYearId: string; number: string; date: string }) {
  const { school, year } = await schoolAndYear(principal, schoolId, order.academicYearId);
  const [event, pairs, forms, curator] = await Promise.all([
    db.event.findFirst({
      where: { AND: [scopeWhere(principal, "event"), { schoolId: school.id, academicYearId: year.id, type: "FINAL_EVENT", status: { not: "CANCELLED" } }] },
      orderBy: { startsAt: "desc" },
      include: { agenda: { orderBy: { position: "asc" } } },
    }),
    db.mentoringPair.groupBy({
      by: ["formId"],
      where: { AND: [scopeWhere(principal, "pair"), { schoolId: school.id, academicYearId: year.id, status: { in: ["ACTIVE", "COMPLETED"] } }] },
      _count: { _all: true },
    }),
    db.mentoringForm.findMany({ select: { id: true, name: true }, orderBy: { sortOrder: "asc" } }),
    curatorName(principal, school.id, year.id),
  ]);
  const when = event ? `${formatLocalDate(event.startsAt)} в ${formatTime(event.startsAt)}` : `«___» ____________ 20___ г. в ___:___`;
  const title = event ? `«${event.title.replace(/^«|»$/g, "")}»` : `«${BLANK}»`;
  const counts = forms
    .map((form) => ({ name: form.name, count: pairs.find((p) => p.formId === form.id)?._count._all ?? 0 }))
    .filter((row) => row.count > 0);
  const body: Array<Paragraph | Table> = [
    orderLine(`1. Провести ${when} итоговое мероприятие программы наставничества ${title} на ${year.title} учебный год.`),
    orderLine(`2. Место проведения: ${event?.place || event?.url || BLANK}.`),
    orderLine(`3. Ответственный за подготовку и проведение итогового мероприятия: ${event?.organizer || curator}.`),
    orderLine("4. Наставникам и наставляемым представить на итоговом мероприятии результаты работы наставнических пар (групп) и продукты индивидуальных планов развития."),
  ];
  if (counts.length) {
    body.push(orderLine("Наставнические пары (группы) учебного года по формам наставничества:", { indent: true }));
    body.push(orderTable(["Форма наставничества", "Пар и групп"], counts.map((row) => [row.name, String(row.count)])));
  }
  if (event?.agenda.length) {
    body.push(orderLine("5. Утвердить программу итогового мероприятия:"));
    body.push(orderTable(["№", "Вопрос", "Выступающий"], event.agenda.map((item, index) => [String(index + 1), item.title, item.speaker ?? ""])));
  }
  const next = event?.agenda.length ? 6 : 5;
  body.push(orderLine(`${next}. Куратору программы наставничества (${curator}) подвести итоги реализации программы наставничества и разместить информацию об итоговом мероприятии в разделе «Целевая модель наставничества» официального сайта.`));
  body.push(orderLine(`${next + 1}. Контроль за исполнением настоящего приказа оставляю за собой.`));
  return buildOrderDocx({
    documentTitle: GENERATED_ORDERS["final-event"].title,
    schoolName: school.name,
    number: order.number,
    date: toDate(order.date),
    heading: "О проведении итогового мероприятия программы наставничества",
    preamble: `В соответствии с программой наставничества на ${year.title} учебный год и в целях подведения итогов работы наставнических пар (групп)`,
    body,
    signatures: [{ role: "Руководитель образовательной организации" }],
    acquainted: [curator],
  });
}

/** Any of the generated orders, with the file name it is downloaded under. */
export async function buildGeneratedOrder(principal: Principal, schoolId: string, raw: TGeneratedOrder): Promise<{ bytes: Buffer; fileName: string }> {
  const input = parse(ZGeneratedOrder, raw);
  const fileName = `${GENERATED_ORDERS[input.kind].fileName} № ${input.number}.docx`;
  switch (input.kind) {
    case "curator":
      return { bytes: await buildCuratorOrderDocx(principal, schoolId, input), fileName };
    case "final-event":
      return { bytes: await buildFinalEventOrderDocx(principal, schoolId, input), fileName };
    case "pairs":
      if (!(await mayCreateUnder(principal, "document", schoolId))) throw new NotFoundError();
      return { bytes: await buildPairsOrderDocx(principal, schoolId, input), fileName };
  }
}
