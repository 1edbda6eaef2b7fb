import { Badge } from "@/components/ui/badge";
import { CHECKLIST_STATUS_LABELS, DOCUMENT_STATUS_LABELS, type ChecklistStatus } from "@/lib/documents/status";
import type { DocumentStatus } from "@/lib/generated/prisma/enums";

const TONES = { MISSING: "neutral", UPLOADED: "info", ACCEPTED: "success", RETURNED: "warning", OVERDUE: "danger" } as const;

export function ChecklistStatusBadge({ status }: { status: ChecklistStatus }) {
  return <Badge tone={TONES[status]}>{CHECKLIST_STATUS_LABELS[status]}</Badge>;
}

export function ReviewStatusBadge({ status }: { status: DocumentStatus }) {
  return <Badge tone={TONES[status]}>{DOCUMENT_STATUS_LABELS[status]}</Badge>;
}
