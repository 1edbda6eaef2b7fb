import { PageHeader } from "@/components/app-shell/app-shell";
import { PairList } from "@/components/pairs/pair-list";
import { requirePrincipal } from "@/lib/auth/current";
import { listPairs } from "@/lib/pairs/queries";

/** The mentor's and the mentee's home: their own pairs and plans. */
export default async function MyHome() {
  const principal = await requirePrincipal();
  const pairs = await listPairs(principal, { activeOnly: true });
  const mentor = principal.active.role === "MENTOR";
  return (
    <>
      <PageHeader
        title={mentor ? "Мои пары и группы" : "Мой план и мой наставник"}
        subtitle={`Здравствуйте, ${principal.fullName}!`}
      />
      <PairList
        pairs={pairs}
        hrefFor={(id) => `/my/pairs/${id}`}
        empty={
          mentor
            ? "У вас пока нет закреплённых наставляемых. Куратор школы закрепит их приказом — пары появятся здесь."
            : "Вас пока не закрепили за наставником. Когда куратор школы сформирует пару, здесь появятся ваш план и наставник."
        }
      />
    </>
  );
}
