import { PageHeader } from "@/components/app-shell/app-shell";
import { AssignedList } from "@/components/questionnaires/assigned-list";
import { requirePrincipal } from "@/lib/auth/current";
import { listAssigned } from "@/lib/questionnaires/audience";

export const metadata = { title: "Мои анкеты" };

/** The mentor's and mentee's questionnaires: what waits for an answer, drafts, what they have answered. */
export default async function MyQuestionnairesPage() {
  const principal = await requirePrincipal();
  const items = await listAssigned(principal);
  return (
    <>
      <PageHeader title="Анкеты" subtitle="Анкеты, которые вам адресовали куратор школы, муниципалитет, регион или платформа" />
      <AssignedList items={items} hrefFor={(id) => `/my/questionnaires/${id}`} />
    </>
  );
}
