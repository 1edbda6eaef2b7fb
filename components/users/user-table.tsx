import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { ROLE_LABELS } from "@/lib/access";
import { formatLocalDate } from "@/lib/format";
import type { UserRow } from "@/lib/users/queries";
import { UserActions } from "./user-actions";

function StatusBadge({ user }: { user: UserRow }) {
  switch (user.status) {
    case "active":
      return <Badge tone="success">Активен</Badge>;
    case "disabled":
      return <Badge tone="danger">Отключён</Badge>;
    case "invited":
      return (
        <Badge tone="info">
          Приглашён{user.invitationExpiresAt ? `, ссылка до ${formatLocalDate(user.invitationExpiresAt)}` : ""}
        </Badge>
      );
    case "invitation_expired":
      return <Badge tone="warning">Приглашение истекло</Badge>;
  }
}

export function UserTable({ users, empty }: { users: UserRow[]; empty: string }) {
  return (
    <Table
      caption="Пользователи"
      head={["Пользователь", "Роли", "Состояние", "Последний вход", "Действия"]}
      isEmpty={users.length === 0}
      empty={empty}
    >
      {users.map((user) => (
        <tr key={user.id} className="align-top">
          <Td>
            <div className="font-medium text-slate-900">{user.fullName}</div>
            <div className="text-slate-600">{user.email}</div>
          </Td>
          <Td>
            <ul className="space-y-1">
              {user.roles.map((role) => (
                <li key={role.id}>
                  {ROLE_LABELS[role.role]}
                  <span className="text-slate-500"> · {role.scopeName ?? "вся платформа"}</span>
                </li>
              ))}
            </ul>
          </Td>
          <Td>
            <StatusBadge user={user} />
          </Td>
          <Td className="whitespace-nowrap text-slate-600">{user.lastLoginAt ? formatLocalDate(user.lastLoginAt) : "—"}</Td>
          <Td>
            {user.manageable ? (
              <UserActions userId={user.id} fullName={user.fullName} status={user.status} />
            ) : (
              <span className="text-xs text-slate-500">—</span>
            )}
          </Td>
        </tr>
      ))}
    </Table>
  );
}
