/**
 * Where the workspace's pages live: under /my for mentors and mentees, under /school/[id] for the
 * curator and everyone above (who open a school's records read-only). Components get the scope
 * (plain data, fine for client components) and build their links from it.
 */
export type WorkspaceScope = { kind: "my" } | { kind: "school"; schoolId: string };

export const MY_SCOPE: WorkspaceScope = { kind: "my" };

export function routesFor(scope: WorkspaceScope) {
  if (scope.kind === "my") {
    return {
      home: "/my",
      pair: (pairId: string) => `/my/pairs/${pairId}`,
      plan: (planId: string) => `/my/plans/${planId}`,
      item: (planId: string, itemId: string) => `/my/plans/${planId}/items/${itemId}`,
      newPlan: (pairId: string, menteeId: string) => `/my/pairs/${pairId}/plans/new?menteeId=${encodeURIComponent(menteeId)}`,
      visits: "/my/visits",
      pairVisits: (pairId: string) => `/my/pairs/${pairId}#visits`,
      visit: (visitId: string) => `/my/visits/${visitId}`,
      editVisit: (visitId: string) => `/my/visits/${visitId}/edit`,
      newVisit: (pairId: string, menteeId?: string) => `/my/pairs/${pairId}/visits/new${menteeId ? `?menteeId=${encodeURIComponent(menteeId)}` : ""}`,
      meeting: (meetingId: string) => `/my/meetings/${meetingId}`,
      newMeeting: (pairId: string) => `/my/pairs/${pairId}/meetings/new`,
    };
  }
  const base = `/school/${scope.schoolId}`;
  return {
    home: `${base}/visits`,
    pair: (pairId: string) => `${base}/pairs/${pairId}`,
    plan: (planId: string) => `${base}/plans/${planId}`,
    item: (planId: string, itemId: string) => `${base}/plans/${planId}/items/${itemId}`,
    newPlan: (pairId: string, menteeId: string) => `${base}/plans/new?pairId=${encodeURIComponent(pairId)}&menteeId=${encodeURIComponent(menteeId)}`,
    visits: `${base}/visits`,
    pairVisits: (pairId: string) => `${base}/visits?pairId=${encodeURIComponent(pairId)}`,
    visit: (visitId: string) => `${base}/visits/${visitId}`,
    editVisit: (visitId: string) => `${base}/visits/${visitId}/edit`,
    newVisit: (pairId: string, menteeId?: string) => `${base}/visits/new?pairId=${encodeURIComponent(pairId)}${menteeId ? `&menteeId=${encodeURIComponent(menteeId)}` : ""}`,
    meeting: (meetingId: string) => `${base}/visits/meetings/${meetingId}`,
    newMeeting: (pairId: string) => `${base}/visits/meetings/new?pairId=${encodeURIComponent(pairId)}`,
  };
}
export type WorkspaceRoutes = ReturnType<typeof routesFor>;
