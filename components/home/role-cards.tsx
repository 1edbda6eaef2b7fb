const ROLES = [
  {
    title: "Куратору школы",
    text: "Базы наставников и наставляемых с импортом из Excel, программа года по семи этапам, пары и группы, приказы и отчёт школы.",
  },
  {
    title: "Наставнику",
    text: "Свои пары, индивидуальные планы развития и запись посещённого урока за минуту — с телефона, прямо в коридоре.",
  },
  {
    title: "Наставляемому",
    text: "Свой маршрут развития, ближайшие задачи, рефлексия и контакты наставника.",
  },
  {
    title: "Муниципалитету и региону",
    text: "Внедрение в каждой школе: документы, охват, формы без внимания, нагрузка наставников — и отчёты без ручного подсчёта.",
  },
] as const;

export function RoleCards() {
  return (
    <section aria-labelledby="roles-title" className="mx-auto max-w-6xl px-6 pb-14">
      <h2 id="roles-title" className="text-2xl font-semibold text-slate-900">
        Для кого
      </h2>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {ROLES.map((role) => (
          <li key={role.title} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h3 className="font-semibold text-slate-900">{role.title}</h3>
            <p className="mt-2 text-sm leading-6 text-slate-600">{role.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
