-- Row-level security: the second wall behind lib/access (issue #9, docs/security.md).
--
-- The application runs every query as the role nastavnik_app (it owns nothing, is no superuser and
-- has no BYPASSRLS): lib/db.ts opens each transaction with
--   set_config('role', 'nastavnik_app', true) and set_config('app.*', …, true)
-- i.e. transaction-local settings only (they work the same on PostgreSQL and on PGlite, and never
-- outlive the transaction on a pooled connection). The settings say who asks:
--   app.role            'system' (operator tools, sign-in) | 'admin' | 'scoped' | 'public'
--   app.user_id         the signed-in user
--   app.region_id, app.municipality_id, app.school_id   the chain of the active role's scope
-- A scoped caller sees the rows of its own node and below it (a region sees its municipalities and
-- schools), and the rows of the nodes above it (the platform's and its region's catalogues), never
-- a sibling's. Writes are allowed only at or below its own node. Without settings nothing is visible.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nastavnik_app') THEN
    CREATE ROLE nastavnik_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- created meanwhile by a concurrent migration of another database on the same server
END
$$;

-- The owner (whoever runs the migrations) may switch to the app role inside a transaction.
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'nastavnik_app', 'MEMBER') THEN
    EXECUTE format('GRANT nastavnik_app TO %I', current_user);
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;

GRANT USAGE ON SCHEMA public TO nastavnik_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO nastavnik_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO nastavnik_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO nastavnik_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO nastavnik_app;
DO $$
BEGIN
  -- Prisma's bookkeeping (absent where migrations are replayed without it, as in a shadow database)
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON TABLE "_prisma_migrations" FROM nastavnik_app;
  END IF;
END
$$;
-- The audit trail is append-only for the application (its trigger also refuses UPDATE and DELETE).
REVOKE UPDATE, DELETE, TRUNCATE ON TABLE "AuditEvent" FROM nastavnik_app;

-- Who asks, from the transaction-local settings ('' once a setting was used and reset).
CREATE OR REPLACE FUNCTION app_setting(name text) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT NULLIF(current_setting(name, true), '') $$;

CREATE OR REPLACE FUNCTION app_unrestricted() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT coalesce(app_setting('app.role') IN ('system', 'admin'), false) $$;

CREATE OR REPLACE FUNCTION app_signed() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT coalesce(app_setting('app.role') IN ('system', 'admin', 'scoped', 'public'), false) $$;

-- Rows of the caller's node, below it, and above it (catalogues); never a sibling's.
CREATE OR REPLACE FUNCTION app_admits(region_id text, municipality_id text, school_id text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT app_unrestricted() OR (
    coalesce(app_setting('app.role') IN ('scoped', 'public'), false)
    AND (region_id IS NULL OR region_id = app_setting('app.region_id'))
    AND (municipality_id IS NULL OR app_setting('app.municipality_id') IS NULL OR municipality_id = app_setting('app.municipality_id'))
    AND (school_id IS NULL OR app_setting('app.school_id') IS NULL OR school_id = app_setting('app.school_id'))
  )
$$;

-- Writes: only at or below the caller's node.
CREATE OR REPLACE FUNCTION app_may_write(region_id text, municipality_id text, school_id text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT app_unrestricted() OR (
    coalesce(app_setting('app.role') = 'scoped', false)
    AND region_id IS NOT NULL AND region_id = app_setting('app.region_id')
    AND (app_setting('app.municipality_id') IS NULL OR municipality_id = app_setting('app.municipality_id'))
    AND (app_setting('app.school_id') IS NULL OR school_id = app_setting('app.school_id'))
  )
$$;


-- Tables of a tenant, by their own scope columns.
ALTER TABLE "StoredFile" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StoredFile" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "StoredFile" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "StoredFile" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "StoredFile" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "StoredFile" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "Participant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Participant" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Participant" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "Participant" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "Participant" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "Participant" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "MentoringProgram" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MentoringProgram" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "MentoringProgram" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "MentoringProgram" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "MentoringProgram" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "MentoringProgram" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "ProgramStage" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProgramStage" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ProgramStage" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "ProgramStage" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "ProgramStage" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "ProgramStage" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "MentoringPair" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MentoringPair" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "MentoringPair" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "MentoringPair" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "MentoringPair" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "MentoringPair" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "PairMentee" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PairMentee" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "PairMentee" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "PairMentee" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "PairMentee" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "PairMentee" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "DevelopmentPlan" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DevelopmentPlan" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "DevelopmentPlan" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "DevelopmentPlan" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "DevelopmentPlan" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "DevelopmentPlan" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "PlanItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "PlanItem" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "PlanItem" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "PlanItem" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "PlanItem" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "PlanItemComment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanItemComment" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "PlanItemComment" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "PlanItemComment" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "PlanItemComment" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "PlanItemComment" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "LessonVisit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "LessonVisit" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "LessonVisit" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "LessonVisit" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "LessonVisit" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "LessonVisit" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "Meeting" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Meeting" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Meeting" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "Meeting" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "Meeting" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "Meeting" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "Event" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Event" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Event" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "Event" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "Event" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "Event" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "Training" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Training" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Training" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "Training" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "Training" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "Training" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "Award" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Award" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Award" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "Award" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "Award" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "Award" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "DocumentRequirement" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DocumentRequirement" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "DocumentRequirement" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", NULL));
CREATE POLICY tenant_insert ON "DocumentRequirement" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", NULL));
CREATE POLICY tenant_update ON "DocumentRequirement" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", NULL))
  WITH CHECK (app_may_write("regionId", "municipalityId", NULL));
CREATE POLICY tenant_delete ON "DocumentRequirement" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", NULL));

ALTER TABLE "Document" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Document" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Document" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "Document" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "Document" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "Document" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "QuestionnaireTemplate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "QuestionnaireTemplate" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "QuestionnaireTemplate" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "QuestionnaireTemplate" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "QuestionnaireTemplate" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "QuestionnaireTemplate" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "QuestionnaireResponse" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "QuestionnaireResponse" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "QuestionnaireResponse" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "QuestionnaireResponse" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "QuestionnaireResponse" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "QuestionnaireResponse" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "QuestionnaireSubmission" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "QuestionnaireSubmission" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "QuestionnaireSubmission" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_insert ON "QuestionnaireSubmission" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "QuestionnaireSubmission" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "QuestionnaireSubmission" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

ALTER TABLE "PlanTemplate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanTemplate" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "PlanTemplate" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", NULL, NULL));
CREATE POLICY tenant_insert ON "PlanTemplate" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", NULL, NULL));
CREATE POLICY tenant_update ON "PlanTemplate" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", NULL, NULL))
  WITH CHECK (app_may_write("regionId", NULL, NULL));
CREATE POLICY tenant_delete ON "PlanTemplate" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", NULL, NULL));

ALTER TABLE "RegionForm" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RegionForm" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "RegionForm" FOR SELECT TO PUBLIC
  USING (app_admits("regionId", NULL, NULL));
CREATE POLICY tenant_insert ON "RegionForm" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", NULL, NULL));
CREATE POLICY tenant_update ON "RegionForm" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", NULL, NULL))
  WITH CHECK (app_may_write("regionId", NULL, NULL));
CREATE POLICY tenant_delete ON "RegionForm" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", NULL, NULL));

-- Rows that belong to a parent row: visible and writable with their parent.
ALTER TABLE "ProgramForm" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProgramForm" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_all ON "ProgramForm" FOR ALL TO PUBLIC
  USING (EXISTS (SELECT 1 FROM "MentoringProgram" parent WHERE parent."id" = "ProgramForm"."programId"))
  WITH CHECK (EXISTS (SELECT 1 FROM "MentoringProgram" parent WHERE parent."id" = "ProgramForm"."programId"));

ALTER TABLE "PlanTemplateItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanTemplateItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_all ON "PlanTemplateItem" FOR ALL TO PUBLIC
  USING (EXISTS (SELECT 1 FROM "PlanTemplate" parent WHERE parent."id" = "PlanTemplateItem"."templateId"))
  WITH CHECK (EXISTS (SELECT 1 FROM "PlanTemplate" parent WHERE parent."id" = "PlanTemplateItem"."templateId"));

ALTER TABLE "EventAgendaItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EventAgendaItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_all ON "EventAgendaItem" FOR ALL TO PUBLIC
  USING (EXISTS (SELECT 1 FROM "Event" parent WHERE parent."id" = "EventAgendaItem"."eventId"))
  WITH CHECK (EXISTS (SELECT 1 FROM "Event" parent WHERE parent."id" = "EventAgendaItem"."eventId"));

ALTER TABLE "EventMaterial" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EventMaterial" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_all ON "EventMaterial" FOR ALL TO PUBLIC
  USING (EXISTS (SELECT 1 FROM "Event" parent WHERE parent."id" = "EventMaterial"."eventId"))
  WITH CHECK (EXISTS (SELECT 1 FROM "Event" parent WHERE parent."id" = "EventMaterial"."eventId"));

ALTER TABLE "EventAttendance" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EventAttendance" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_all ON "EventAttendance" FOR ALL TO PUBLIC
  USING (EXISTS (SELECT 1 FROM "Event" parent WHERE parent."id" = "EventAttendance"."eventId") AND app_admits(NULL, "municipalityId", "schoolId"))
  WITH CHECK (EXISTS (SELECT 1 FROM "Event" parent WHERE parent."id" = "EventAttendance"."eventId") AND app_admits(NULL, "municipalityId", "schoolId"));

ALTER TABLE "DocumentVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DocumentVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_all ON "DocumentVersion" FOR ALL TO PUBLIC
  USING (EXISTS (SELECT 1 FROM "Document" parent WHERE parent."id" = "DocumentVersion"."documentId"))
  WITH CHECK (EXISTS (SELECT 1 FROM "Document" parent WHERE parent."id" = "DocumentVersion"."documentId"));

ALTER TABLE "MeetingPlanItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MeetingPlanItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_all ON "MeetingPlanItem" FOR ALL TO PUBLIC
  USING (EXISTS (SELECT 1 FROM "Meeting" parent WHERE parent."id" = "MeetingPlanItem"."meetingId"))
  WITH CHECK (EXISTS (SELECT 1 FROM "Meeting" parent WHERE parent."id" = "MeetingPlanItem"."meetingId"));

ALTER TABLE "QuestionnaireVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "QuestionnaireVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_all ON "QuestionnaireVersion" FOR ALL TO PUBLIC
  USING (EXISTS (SELECT 1 FROM "QuestionnaireTemplate" parent WHERE parent."id" = "QuestionnaireVersion"."templateId"))
  WITH CHECK (EXISTS (SELECT 1 FROM "QuestionnaireTemplate" parent WHERE parent."id" = "QuestionnaireVersion"."templateId"));

-- The hierarchy and the catalogues: readable by every signed caller, written at the caller's level.

ALTER TABLE "Region" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Region" FORCE ROW LEVEL SECURITY;
CREATE POLICY catalog_read ON "Region" FOR SELECT TO PUBLIC
  USING (app_signed());
CREATE POLICY catalog_write ON "Region" FOR ALL TO PUBLIC
  USING (app_unrestricted())
  WITH CHECK (app_unrestricted());
-- The regional coordinator keeps the settings of their own region (never another's, never the id).
CREATE POLICY region_own_update ON "Region" FOR UPDATE TO PUBLIC
  USING (app_may_write("id", NULL, NULL))
  WITH CHECK (app_may_write("id", NULL, NULL));

ALTER TABLE "AcademicYear" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AcademicYear" FORCE ROW LEVEL SECURITY;
CREATE POLICY catalog_read ON "AcademicYear" FOR SELECT TO PUBLIC
  USING (app_signed());
CREATE POLICY catalog_write ON "AcademicYear" FOR ALL TO PUBLIC
  USING (app_unrestricted())
  WITH CHECK (app_unrestricted());

ALTER TABLE "MentoringForm" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MentoringForm" FORCE ROW LEVEL SECURITY;
CREATE POLICY catalog_read ON "MentoringForm" FOR SELECT TO PUBLIC
  USING (app_signed());
CREATE POLICY catalog_write ON "MentoringForm" FOR ALL TO PUBLIC
  USING (app_unrestricted())
  WITH CHECK (app_unrestricted());

ALTER TABLE "MentoringModel" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MentoringModel" FORCE ROW LEVEL SECURITY;
CREATE POLICY catalog_read ON "MentoringModel" FOR SELECT TO PUBLIC
  USING (app_signed());
CREATE POLICY catalog_write ON "MentoringModel" FOR ALL TO PUBLIC
  USING (app_unrestricted())
  WITH CHECK (app_unrestricted());

ALTER TABLE "Municipality" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Municipality" FORCE ROW LEVEL SECURITY;
CREATE POLICY catalog_read ON "Municipality" FOR SELECT TO PUBLIC
  USING (app_signed());
CREATE POLICY catalog_insert ON "Municipality" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "id", NULL));
CREATE POLICY catalog_update ON "Municipality" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "id", NULL))
  WITH CHECK (app_may_write("regionId", "id", NULL));
CREATE POLICY catalog_delete ON "Municipality" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "id", NULL));

ALTER TABLE "School" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "School" FORCE ROW LEVEL SECURITY;
CREATE POLICY catalog_read ON "School" FOR SELECT TO PUBLIC
  USING (app_signed());
CREATE POLICY catalog_insert ON "School" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "id"));
CREATE POLICY catalog_update ON "School" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "id"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "id"));
CREATE POLICY catalog_delete ON "School" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "id"));

ALTER TABLE "Organization" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Organization" FORCE ROW LEVEL SECURITY;
CREATE POLICY catalog_read ON "Organization" FOR SELECT TO PUBLIC
  USING (app_signed());
CREATE POLICY catalog_insert ON "Organization" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", NULL));
CREATE POLICY catalog_update ON "Organization" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", NULL))
  WITH CHECK (app_may_write("regionId", "municipalityId", NULL));
CREATE POLICY catalog_delete ON "Organization" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", NULL));

-- People and sign-in. Role assignments of the platform (an admin's) are not shown to scoped callers.
ALTER TABLE "RoleAssignment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RoleAssignment" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "RoleAssignment" FOR SELECT TO PUBLIC
  USING (app_unrestricted() OR "userId" = app_setting('app.user_id') OR ("regionId" IS NOT NULL AND app_admits("regionId", "municipalityId", "schoolId")));
CREATE POLICY tenant_insert ON "RoleAssignment" FOR INSERT TO PUBLIC
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_update ON "RoleAssignment" FOR UPDATE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"))
  WITH CHECK (app_may_write("regionId", "municipalityId", "schoolId"));
CREATE POLICY tenant_delete ON "RoleAssignment" FOR DELETE TO PUBLIC
  USING (app_may_write("regionId", "municipalityId", "schoolId"));

-- Accounts are the platform's directory, not a tenant's: one person may hold roles in several
-- schools and regions, and a curator who invites someone must find an existing account by its
-- e-mail. So every signed, non-public caller may read and update accounts (lib/access decides
-- whose); only the platform removes them. The tenants' personal data is in the tables above.
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "User" FORCE ROW LEVEL SECURITY;
CREATE POLICY user_directory ON "User" FOR SELECT TO PUBLIC
  USING (app_unrestricted() OR app_setting('app.role') = 'scoped');
CREATE POLICY user_insert ON "User" FOR INSERT TO PUBLIC
  WITH CHECK (app_unrestricted() OR app_setting('app.role') = 'scoped');
CREATE POLICY user_update ON "User" FOR UPDATE TO PUBLIC
  USING (app_unrestricted() OR app_setting('app.role') = 'scoped')
  WITH CHECK (app_unrestricted() OR app_setting('app.role') = 'scoped');
CREATE POLICY user_delete ON "User" FOR DELETE TO PUBLIC
  USING (app_unrestricted());

ALTER TABLE "Session" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Session" FORCE ROW LEVEL SECURITY;
CREATE POLICY own_session ON "Session" FOR ALL TO PUBLIC
  USING (app_unrestricted() OR "userId" = app_setting('app.user_id'))
  WITH CHECK (app_unrestricted() OR "userId" = app_setting('app.user_id'));

-- One-time links: one's own, or those of a person who holds a role within the caller's scope.
ALTER TABLE "AuthToken" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuthToken" FORCE ROW LEVEL SECURITY;
CREATE POLICY token_all ON "AuthToken" FOR ALL TO PUBLIC
  USING (app_unrestricted() OR "userId" = app_setting('app.user_id')
    OR EXISTS (SELECT 1 FROM "RoleAssignment" ra WHERE ra."userId" = "AuthToken"."userId" AND ra."regionId" IS NOT NULL))
  WITH CHECK (app_unrestricted() OR "userId" = app_setting('app.user_id')
    OR EXISTS (SELECT 1 FROM "RoleAssignment" ra WHERE ra."userId" = "AuthToken"."userId" AND ra."regionId" IS NOT NULL));

ALTER TABLE "LoginAttempt" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "LoginAttempt" FORCE ROW LEVEL SECURITY;
CREATE POLICY system_only ON "LoginAttempt" FOR ALL TO PUBLIC
  USING (app_unrestricted())
  WITH CHECK (app_unrestricted());

-- The audit trail: appended by every signed caller, read within the scope; platform events only by the unrestricted.
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON "AuditEvent" FOR SELECT TO PUBLIC
  USING (app_unrestricted() OR ("regionId" IS NOT NULL AND app_admits("regionId", "municipalityId", "schoolId")));
CREATE POLICY audit_append ON "AuditEvent" FOR INSERT TO PUBLIC
  WITH CHECK (app_signed());
