-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'REGIONAL_COORDINATOR', 'MUNICIPAL_CURATOR', 'SCHOOL_CURATOR', 'MENTOR', 'MENTEE');

-- CreateEnum
CREATE TYPE "SchoolType" AS ENUM ('SCHOOL', 'GYMNASIUM', 'LYCEUM', 'BOARDING_SCHOOL', 'COLLEGE', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('EMPLOYER', 'COLLEGE', 'UNIVERSITY', 'NGO', 'OTHER');

-- CreateEnum
CREATE TYPE "ParticipantKind" AS ENUM ('TEACHER', 'STUDENT', 'COLLEGE_STUDENT', 'EMPLOYER_REPRESENTATIVE');

-- CreateEnum
CREATE TYPE "AgeBand" AS ENUM ('UNDER_25', 'FROM_25_TO_34', 'FROM_35_TO_49', 'FROM_50');

-- CreateEnum
CREATE TYPE "ProgramStatus" AS ENUM ('DRAFT', 'ACTIVE', 'COMPLETED');

-- CreateEnum
CREATE TYPE "ProgramStageKind" AS ENUM ('PREPARATION', 'MENTEE_BASE', 'MENTOR_BASE', 'MENTOR_SELECTION_TRAINING', 'PAIR_FORMATION', 'PAIR_WORK', 'COMPLETION');

-- CreateEnum
CREATE TYPE "PairStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('IPR', 'IOM', 'PERSONAL_PROGRAM');

-- CreateEnum
CREATE TYPE "PlanDirection" AS ENUM ('SUBJECT', 'METHODOLOGICAL', 'PSYCHOLOGICAL', 'COMMUNICATIVE', 'DIGITAL', 'EDUCATIONAL_WORK', 'OTHER');

-- CreateEnum
CREATE TYPE "PlanItemStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CommentAuthorRole" AS ENUM ('MENTOR', 'MENTEE', 'CURATOR');

-- CreateEnum
CREATE TYPE "VisitDirection" AS ENUM ('MENTOR_TO_MENTEE', 'MENTEE_TO_MENTOR', 'OPEN_LESSON');

-- CreateEnum
CREATE TYPE "MeetingFormat" AS ENUM ('IN_PERSON', 'ONLINE', 'MIXED');

-- CreateEnum
CREATE TYPE "OrgLevel" AS ENUM ('PLATFORM', 'REGION', 'MUNICIPALITY', 'SCHOOL');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('SEMINAR', 'METHODOLOGICAL_ASSOCIATION', 'OPEN_LESSON_FESTIVAL', 'CONFERENCE', 'COMPETITION', 'WEBINAR', 'PROJECT_SESSION', 'FINAL_EVENT', 'MASTER_CLASS', 'OTHER');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttendanceFormat" AS ENUM ('IN_PERSON', 'REMOTE');

-- CreateEnum
CREATE TYPE "AttendanceRole" AS ENUM ('ORGANIZER', 'SPEAKER', 'LISTENER');

-- CreateEnum
CREATE TYPE "AwardKind" AS ENUM ('GRANT', 'LETTER_OF_THANKS', 'CERTIFICATE_OF_HONOR', 'HONORARY_MENTOR_BADGE', 'COMPETITION_NOMINATION', 'OTHER');

-- CreateEnum
CREATE TYPE "AwardStatus" AS ENUM ('PROPOSED', 'APPROVED', 'AWARDED', 'DECLINED');

-- CreateEnum
CREATE TYPE "RequirementPeriod" AS ENUM ('PER_YEAR', 'STANDING');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('UPLOADED', 'ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "QuestionnaireKind" AS ENUM ('MENTOR_APPLICATION', 'MENTEE_REQUEST', 'SATISFACTION_MENTOR', 'SATISFACTION_MENTEE', 'COMPATIBILITY', 'DIFFICULTIES_DIAGNOSTIC', 'CURATOR_SWOT', 'OTHER');

-- CreateEnum
CREATE TYPE "QuestionnaireStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "AudienceRole" AS ENUM ('MENTOR', 'MENTEE', 'CURATOR');

-- CreateEnum
CREATE TYPE "AuthTokenKind" AS ENUM ('INVITATION', 'PASSWORD_RESET');

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "maxMenteesPerMentor" INTEGER NOT NULL DEFAULT 3,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "School" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "type" "SchoolType" NOT NULL DEFAULT 'SCHOOL',
    "inn" TEXT,
    "address" TEXT,
    "website" TEXT,
    "mentoringPageUrl" TEXT,
    "inRollout" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "kind" "OrganizationKind" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "inn" TEXT,
    "website" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AcademicYear" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AcademicYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "phone" TEXT,
    "passwordHash" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "regionId" TEXT,
    "municipalityId" TEXT,
    "schoolId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "activeRoleAssignmentId" TEXT,
    "sessionVersion" INTEGER NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "AuthTokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "regionId" TEXT,
    "municipalityId" TEXT,
    "schoolId" TEXT,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "kind" "ParticipantKind" NOT NULL,
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "birthDate" DATE,
    "isMinor" BOOLEAN NOT NULL DEFAULT false,
    "email" TEXT,
    "phone" TEXT,
    "position" TEXT,
    "subjects" TEXT[],
    "className" TEXT,
    "experienceYears" INTEGER,
    "ageBand" "AgeBand",
    "hiredOn" DATE,
    "inMentorBase" BOOLEAN NOT NULL DEFAULT false,
    "inMenteeBase" BOOLEAN NOT NULL DEFAULT false,
    "organizationId" TEXT,
    "userId" TEXT,
    "consentGiven" BOOLEAN NOT NULL DEFAULT false,
    "consentDate" DATE,
    "consentGivenBy" TEXT,
    "consentFileId" TEXT,
    "externalKey" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentoringForm" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "mentorKinds" "ParticipantKind"[],
    "menteeKinds" "ParticipantKind"[],
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MentoringForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentoringModel" (
    "id" TEXT NOT NULL,
    "formId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mentorRole" TEXT NOT NULL,
    "menteeRole" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentoringModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionForm" (
    "regionId" TEXT NOT NULL,
    "formId" TEXT NOT NULL,
    "isEnabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegionForm_pkey" PRIMARY KEY ("regionId","formId")
);

-- CreateTable
CREATE TABLE "MentoringProgram" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "academicYearId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "goals" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "ProgramStatus" NOT NULL DEFAULT 'DRAFT',
    "curatorUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MentoringProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramForm" (
    "programId" TEXT NOT NULL,
    "formId" TEXT NOT NULL,

    CONSTRAINT "ProgramForm_pkey" PRIMARY KEY ("programId","formId")
);

-- CreateTable
CREATE TABLE "ProgramStage" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "stage" "ProgramStageKind" NOT NULL,
    "plannedStart" DATE,
    "plannedEnd" DATE,
    "actualStart" DATE,
    "actualEnd" DATE,
    "note" TEXT,

    CONSTRAINT "ProgramStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentoringPair" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "academicYearId" TEXT NOT NULL,
    "programId" TEXT,
    "formId" TEXT NOT NULL,
    "modelId" TEXT,
    "mentorId" TEXT NOT NULL,
    "isGroup" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT,
    "startsOn" DATE NOT NULL,
    "plannedEndOn" DATE NOT NULL,
    "endedOn" DATE,
    "status" "PairStatus" NOT NULL DEFAULT 'ACTIVE',
    "terminationReason" TEXT,
    "orderNumber" TEXT,
    "orderDate" DATE,
    "compatibilityScore" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MentoringPair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairMentee" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "pairId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "formId" TEXT NOT NULL,
    "pairStatus" "PairStatus" NOT NULL,
    "menteeId" TEXT NOT NULL,
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PairMentee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentPlan" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "pairId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "kind" "PlanKind" NOT NULL DEFAULT 'IPR',
    "title" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DevelopmentPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanItem" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "goal" TEXT NOT NULL,
    "direction" "PlanDirection" NOT NULL DEFAULT 'METHODOLOGICAL',
    "difficulty" TEXT,
    "activity" TEXT,
    "expectedProduct" TEXT,
    "dueOn" DATE,
    "status" "PlanItemStatus" NOT NULL DEFAULT 'PLANNED',
    "completedOn" DATE,
    "evidenceFileId" TEXT,
    "evidenceUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanItemComment" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "authorUserId" TEXT,
    "authorRole" "CommentAuthorRole" NOT NULL,
    "isReflection" BOOLEAN NOT NULL DEFAULT false,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanItemComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTemplate" (
    "id" TEXT NOT NULL,
    "regionId" TEXT,
    "formId" TEXT,
    "title" TEXT NOT NULL,
    "kind" "PlanKind" NOT NULL DEFAULT 'IPR',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTemplateItem" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "goal" TEXT NOT NULL,
    "direction" "PlanDirection" NOT NULL DEFAULT 'METHODOLOGICAL',
    "difficulty" TEXT,
    "activity" TEXT,
    "expectedProduct" TEXT,
    "dueOffsetDays" INTEGER,

    CONSTRAINT "PlanTemplateItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LessonVisit" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "academicYearId" TEXT NOT NULL,
    "pairId" TEXT,
    "planItemId" TEXT,
    "direction" "VisitDirection" NOT NULL,
    "visitedOn" DATE NOT NULL,
    "visitorId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "className" TEXT,
    "subject" TEXT NOT NULL,
    "topic" TEXT,
    "purpose" TEXT,
    "observed" TEXT,
    "strengths" TEXT,
    "recommendations" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LessonVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "pairId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "format" "MeetingFormat" NOT NULL DEFAULT 'IN_PERSON',
    "topic" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "outcome" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "level" "OrgLevel" NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "schoolId" TEXT,
    "academicYearId" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "place" TEXT,
    "url" TEXT,
    "organizer" TEXT,
    "description" TEXT,
    "report" TEXT,
    "status" "EventStatus" NOT NULL DEFAULT 'PLANNED',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventAgendaItem" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "speaker" TEXT,
    "summary" TEXT,
    "recommendations" TEXT,

    CONSTRAINT "EventAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventAttendance" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "participantId" TEXT,
    "fullName" TEXT NOT NULL,
    "position" TEXT,
    "municipalityId" TEXT,
    "schoolId" TEXT,
    "organization" TEXT,
    "format" "AttendanceFormat" NOT NULL DEFAULT 'IN_PERSON',
    "role" "AttendanceRole" NOT NULL DEFAULT 'LISTENER',
    "attended" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "EventAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventMaterial" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "fileId" TEXT,
    "url" TEXT,

    CONSTRAINT "EventMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Training" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "schoolId" TEXT,
    "participantId" TEXT,
    "userId" TEXT,
    "courseTitle" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "hours" INTEGER NOT NULL,
    "startsOn" DATE,
    "endsOn" DATE NOT NULL,
    "certificateNumber" TEXT,
    "certificateFileId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Training_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Award" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "academicYearId" TEXT,
    "kind" "AwardKind" NOT NULL,
    "level" "OrgLevel" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "AwardStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" TEXT,
    "proposedOn" DATE NOT NULL,
    "awardedOn" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRequirement" (
    "id" TEXT NOT NULL,
    "level" "OrgLevel" NOT NULL,
    "regionId" TEXT,
    "municipalityId" TEXT,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "period" "RequirementPeriod" NOT NULL DEFAULT 'PER_YEAR',
    "academicYearId" TEXT,
    "dueOn" DATE,
    "templateFileId" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "academicYearId" TEXT,
    "status" "DocumentStatus" NOT NULL DEFAULT 'UPLOADED',
    "number" TEXT,
    "issuedOn" DATE,
    "uploadedById" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "fileId" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireTemplate" (
    "id" TEXT NOT NULL,
    "level" "OrgLevel" NOT NULL,
    "regionId" TEXT,
    "municipalityId" TEXT,
    "schoolId" TEXT,
    "kind" "QuestionnaireKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "isAnonymous" BOOLEAN NOT NULL DEFAULT false,
    "audience" "AudienceRole"[],
    "formIds" TEXT[],
    "opensOn" DATE,
    "closesOn" DATE,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "QuestionnaireTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireVersion" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "status" "QuestionnaireStatus" NOT NULL DEFAULT 'DRAFT',
    "definition" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionnaireVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireResponse" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "respondentId" TEXT,
    "respondentUserId" TEXT,
    "pairId" TEXT,
    "answers" JSONB NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionnaireResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "regionId" TEXT,
    "municipalityId" TEXT,
    "schoolId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Region_name_key" ON "Region"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE INDEX "Municipality_regionId_idx" ON "Municipality"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_regionId_name_key" ON "Municipality"("regionId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_id_regionId_key" ON "Municipality"("id", "regionId");

-- CreateIndex
CREATE UNIQUE INDEX "School_code_key" ON "School"("code");

-- CreateIndex
CREATE UNIQUE INDEX "School_slug_key" ON "School"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "School_inn_key" ON "School"("inn");

-- CreateIndex
CREATE INDEX "School_regionId_idx" ON "School"("regionId");

-- CreateIndex
CREATE INDEX "School_municipalityId_idx" ON "School"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "School_id_municipalityId_regionId_key" ON "School"("id", "municipalityId", "regionId");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_code_key" ON "Organization"("code");

-- CreateIndex
CREATE INDEX "Organization_regionId_idx" ON "Organization"("regionId");

-- CreateIndex
CREATE INDEX "Organization_municipalityId_idx" ON "Organization"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "AcademicYear_title_key" ON "AcademicYear"("title");

-- CreateIndex
CREATE UNIQUE INDEX "AcademicYear_one_current" ON "AcademicYear"("isCurrent") WHERE ("isCurrent");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "RoleAssignment_userId_idx" ON "RoleAssignment"("userId");

-- CreateIndex
CREATE INDEX "RoleAssignment_regionId_idx" ON "RoleAssignment"("regionId");

-- CreateIndex
CREATE INDEX "RoleAssignment_municipalityId_idx" ON "RoleAssignment"("municipalityId");

-- CreateIndex
CREATE INDEX "RoleAssignment_schoolId_idx" ON "RoleAssignment"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_unique_platform" ON "RoleAssignment"("userId", "role") WHERE ("regionId" IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_unique_region" ON "RoleAssignment"("userId", "role", "regionId") WHERE ("municipalityId" IS NULL AND "regionId" IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_unique_municipality" ON "RoleAssignment"("userId", "role", "municipalityId") WHERE ("schoolId" IS NULL AND "municipalityId" IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_userId_role_schoolId_key" ON "RoleAssignment"("userId", "role", "schoolId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuthToken_tokenHash_key" ON "AuthToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuthToken_userId_idx" ON "AuthToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_regionId_idx" ON "StoredFile"("regionId");

-- CreateIndex
CREATE INDEX "StoredFile_municipalityId_idx" ON "StoredFile"("municipalityId");

-- CreateIndex
CREATE INDEX "StoredFile_schoolId_idx" ON "StoredFile"("schoolId");

-- CreateIndex
CREATE INDEX "Participant_regionId_idx" ON "Participant"("regionId");

-- CreateIndex
CREATE INDEX "Participant_municipalityId_idx" ON "Participant"("municipalityId");

-- CreateIndex
CREATE INDEX "Participant_schoolId_kind_idx" ON "Participant"("schoolId", "kind");

-- CreateIndex
CREATE INDEX "Participant_schoolId_lastName_firstName_idx" ON "Participant"("schoolId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "Participant_userId_idx" ON "Participant"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_schoolId_externalKey_key" ON "Participant"("schoolId", "externalKey");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_id_schoolId_key" ON "Participant"("id", "schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "MentoringForm_code_key" ON "MentoringForm"("code");

-- CreateIndex
CREATE UNIQUE INDEX "MentoringForm_name_key" ON "MentoringForm"("name");

-- CreateIndex
CREATE UNIQUE INDEX "MentoringModel_formId_name_key" ON "MentoringModel"("formId", "name");

-- CreateIndex
CREATE INDEX "MentoringProgram_regionId_academicYearId_idx" ON "MentoringProgram"("regionId", "academicYearId");

-- CreateIndex
CREATE INDEX "MentoringProgram_municipalityId_academicYearId_idx" ON "MentoringProgram"("municipalityId", "academicYearId");

-- CreateIndex
CREATE INDEX "MentoringProgram_schoolId_idx" ON "MentoringProgram"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "MentoringProgram_schoolId_academicYearId_title_key" ON "MentoringProgram"("schoolId", "academicYearId", "title");

-- CreateIndex
CREATE INDEX "ProgramForm_formId_idx" ON "ProgramForm"("formId");

-- CreateIndex
CREATE INDEX "ProgramStage_schoolId_idx" ON "ProgramStage"("schoolId");

-- CreateIndex
CREATE INDEX "ProgramStage_municipalityId_idx" ON "ProgramStage"("municipalityId");

-- CreateIndex
CREATE INDEX "ProgramStage_regionId_idx" ON "ProgramStage"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramStage_programId_stage_key" ON "ProgramStage"("programId", "stage");

-- CreateIndex
CREATE INDEX "MentoringPair_regionId_academicYearId_idx" ON "MentoringPair"("regionId", "academicYearId");

-- CreateIndex
CREATE INDEX "MentoringPair_municipalityId_academicYearId_idx" ON "MentoringPair"("municipalityId", "academicYearId");

-- CreateIndex
CREATE INDEX "MentoringPair_schoolId_academicYearId_idx" ON "MentoringPair"("schoolId", "academicYearId");

-- CreateIndex
CREATE INDEX "MentoringPair_mentorId_idx" ON "MentoringPair"("mentorId");

-- CreateIndex
CREATE INDEX "MentoringPair_formId_idx" ON "MentoringPair"("formId");

-- CreateIndex
CREATE UNIQUE INDEX "MentoringPair_id_schoolId_mentorId_formId_status_key" ON "MentoringPair"("id", "schoolId", "mentorId", "formId", "status");

-- CreateIndex
CREATE INDEX "PairMentee_menteeId_idx" ON "PairMentee"("menteeId");

-- CreateIndex
CREATE INDEX "PairMentee_schoolId_idx" ON "PairMentee"("schoolId");

-- CreateIndex
CREATE INDEX "PairMentee_municipalityId_idx" ON "PairMentee"("municipalityId");

-- CreateIndex
CREATE INDEX "PairMentee_regionId_idx" ON "PairMentee"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "PairMentee_pairId_menteeId_key" ON "PairMentee"("pairId", "menteeId");

-- CreateIndex
CREATE UNIQUE INDEX "PairMentee_one_active_pair_per_form" ON "PairMentee"("menteeId", "formId") WHERE ("pairStatus" = 'ACTIVE' AND "leftOn" IS NULL);

-- CreateIndex
CREATE INDEX "DevelopmentPlan_schoolId_idx" ON "DevelopmentPlan"("schoolId");

-- CreateIndex
CREATE INDEX "DevelopmentPlan_municipalityId_idx" ON "DevelopmentPlan"("municipalityId");

-- CreateIndex
CREATE INDEX "DevelopmentPlan_regionId_idx" ON "DevelopmentPlan"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "DevelopmentPlan_pairId_menteeId_key" ON "DevelopmentPlan"("pairId", "menteeId");

-- CreateIndex
CREATE INDEX "PlanItem_planId_position_idx" ON "PlanItem"("planId", "position");

-- CreateIndex
CREATE INDEX "PlanItem_schoolId_status_dueOn_idx" ON "PlanItem"("schoolId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "PlanItem_municipalityId_idx" ON "PlanItem"("municipalityId");

-- CreateIndex
CREATE INDEX "PlanItem_regionId_idx" ON "PlanItem"("regionId");

-- CreateIndex
CREATE INDEX "PlanItemComment_itemId_createdAt_idx" ON "PlanItemComment"("itemId", "createdAt");

-- CreateIndex
CREATE INDEX "PlanItemComment_schoolId_idx" ON "PlanItemComment"("schoolId");

-- CreateIndex
CREATE INDEX "PlanTemplate_regionId_idx" ON "PlanTemplate"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTemplateItem_templateId_position_key" ON "PlanTemplateItem"("templateId", "position");

-- CreateIndex
CREATE INDEX "LessonVisit_schoolId_visitedOn_idx" ON "LessonVisit"("schoolId", "visitedOn");

-- CreateIndex
CREATE INDEX "LessonVisit_municipalityId_visitedOn_idx" ON "LessonVisit"("municipalityId", "visitedOn");

-- CreateIndex
CREATE INDEX "LessonVisit_regionId_visitedOn_idx" ON "LessonVisit"("regionId", "visitedOn");

-- CreateIndex
CREATE INDEX "LessonVisit_pairId_visitedOn_idx" ON "LessonVisit"("pairId", "visitedOn");

-- CreateIndex
CREATE INDEX "LessonVisit_visitorId_idx" ON "LessonVisit"("visitorId");

-- CreateIndex
CREATE INDEX "LessonVisit_teacherId_idx" ON "LessonVisit"("teacherId");

-- CreateIndex
CREATE INDEX "Meeting_pairId_heldOn_idx" ON "Meeting"("pairId", "heldOn");

-- CreateIndex
CREATE INDEX "Meeting_schoolId_heldOn_idx" ON "Meeting"("schoolId", "heldOn");

-- CreateIndex
CREATE INDEX "Meeting_municipalityId_heldOn_idx" ON "Meeting"("municipalityId", "heldOn");

-- CreateIndex
CREATE INDEX "Meeting_regionId_heldOn_idx" ON "Meeting"("regionId", "heldOn");

-- CreateIndex
CREATE INDEX "Event_regionId_startsAt_idx" ON "Event"("regionId", "startsAt");

-- CreateIndex
CREATE INDEX "Event_municipalityId_startsAt_idx" ON "Event"("municipalityId", "startsAt");

-- CreateIndex
CREATE INDEX "Event_schoolId_startsAt_idx" ON "Event"("schoolId", "startsAt");

-- CreateIndex
CREATE INDEX "Event_academicYearId_idx" ON "Event"("academicYearId");

-- CreateIndex
CREATE UNIQUE INDEX "EventAgendaItem_eventId_position_key" ON "EventAgendaItem"("eventId", "position");

-- CreateIndex
CREATE INDEX "EventAttendance_eventId_idx" ON "EventAttendance"("eventId");

-- CreateIndex
CREATE INDEX "EventAttendance_participantId_idx" ON "EventAttendance"("participantId");

-- CreateIndex
CREATE INDEX "EventAttendance_municipalityId_idx" ON "EventAttendance"("municipalityId");

-- CreateIndex
CREATE INDEX "EventAttendance_schoolId_idx" ON "EventAttendance"("schoolId");

-- CreateIndex
CREATE INDEX "EventMaterial_eventId_idx" ON "EventMaterial"("eventId");

-- CreateIndex
CREATE INDEX "Training_participantId_idx" ON "Training"("participantId");

-- CreateIndex
CREATE INDEX "Training_userId_idx" ON "Training"("userId");

-- CreateIndex
CREATE INDEX "Training_schoolId_idx" ON "Training"("schoolId");

-- CreateIndex
CREATE INDEX "Training_municipalityId_idx" ON "Training"("municipalityId");

-- CreateIndex
CREATE INDEX "Training_regionId_idx" ON "Training"("regionId");

-- CreateIndex
CREATE INDEX "Award_participantId_idx" ON "Award"("participantId");

-- CreateIndex
CREATE INDEX "Award_schoolId_idx" ON "Award"("schoolId");

-- CreateIndex
CREATE INDEX "Award_municipalityId_idx" ON "Award"("municipalityId");

-- CreateIndex
CREATE INDEX "Award_regionId_idx" ON "Award"("regionId");

-- CreateIndex
CREATE INDEX "DocumentRequirement_regionId_idx" ON "DocumentRequirement"("regionId");

-- CreateIndex
CREATE INDEX "DocumentRequirement_municipalityId_idx" ON "DocumentRequirement"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRequirement_code_platform" ON "DocumentRequirement"("code") WHERE ("level" = 'PLATFORM');

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRequirement_code_region" ON "DocumentRequirement"("code", "regionId") WHERE ("level" = 'REGION');

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRequirement_code_municipality" ON "DocumentRequirement"("code", "municipalityId") WHERE ("level" = 'MUNICIPALITY');

-- CreateIndex
CREATE INDEX "Document_regionId_status_idx" ON "Document"("regionId", "status");

-- CreateIndex
CREATE INDEX "Document_municipalityId_status_idx" ON "Document"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "Document_schoolId_idx" ON "Document"("schoolId");

-- CreateIndex
CREATE INDEX "Document_requirementId_idx" ON "Document"("requirementId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_one_per_year" ON "Document"("schoolId", "requirementId", "academicYearId") WHERE ("academicYearId" IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "Document_one_standing" ON "Document"("schoolId", "requirementId") WHERE ("academicYearId" IS NULL);

-- CreateIndex
CREATE INDEX "DocumentVersion_schoolId_idx" ON "DocumentVersion"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentVersion_documentId_versionNo_key" ON "DocumentVersion"("documentId", "versionNo");

-- CreateIndex
CREATE INDEX "QuestionnaireTemplate_regionId_idx" ON "QuestionnaireTemplate"("regionId");

-- CreateIndex
CREATE INDEX "QuestionnaireTemplate_municipalityId_idx" ON "QuestionnaireTemplate"("municipalityId");

-- CreateIndex
CREATE INDEX "QuestionnaireTemplate_schoolId_idx" ON "QuestionnaireTemplate"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireVersion_templateId_versionNo_key" ON "QuestionnaireVersion"("templateId", "versionNo");

-- CreateIndex
CREATE INDEX "QuestionnaireResponse_versionId_idx" ON "QuestionnaireResponse"("versionId");

-- CreateIndex
CREATE INDEX "QuestionnaireResponse_schoolId_idx" ON "QuestionnaireResponse"("schoolId");

-- CreateIndex
CREATE INDEX "QuestionnaireResponse_municipalityId_idx" ON "QuestionnaireResponse"("municipalityId");

-- CreateIndex
CREATE INDEX "QuestionnaireResponse_regionId_idx" ON "QuestionnaireResponse"("regionId");

-- CreateIndex
CREATE INDEX "QuestionnaireResponse_respondentId_idx" ON "QuestionnaireResponse"("respondentId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_at_idx" ON "AuditEvent"("actorUserId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_regionId_at_idx" ON "AuditEvent"("regionId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_municipalityId_at_idx" ON "AuditEvent"("municipalityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_schoolId_at_idx" ON "AuditEvent"("schoolId", "at");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_municipalityId_regionId_fkey" FOREIGN KEY ("municipalityId", "regionId") REFERENCES "Municipality"("id", "regionId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_activeRoleAssignmentId_fkey" FOREIGN KEY ("activeRoleAssignmentId") REFERENCES "RoleAssignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_schoolId_municipalityId_regionId_fkey" FOREIGN KEY ("schoolId", "municipalityId", "regionId") REFERENCES "School"("id", "municipalityId", "regionId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_consentFileId_fkey" FOREIGN KEY ("consentFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringModel" ADD CONSTRAINT "MentoringModel_formId_fkey" FOREIGN KEY ("formId") REFERENCES "MentoringForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionForm" ADD CONSTRAINT "RegionForm_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionForm" ADD CONSTRAINT "RegionForm_formId_fkey" FOREIGN KEY ("formId") REFERENCES "MentoringForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringProgram" ADD CONSTRAINT "MentoringProgram_schoolId_municipalityId_regionId_fkey" FOREIGN KEY ("schoolId", "municipalityId", "regionId") REFERENCES "School"("id", "municipalityId", "regionId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringProgram" ADD CONSTRAINT "MentoringProgram_academicYearId_fkey" FOREIGN KEY ("academicYearId") REFERENCES "AcademicYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramForm" ADD CONSTRAINT "ProgramForm_programId_fkey" FOREIGN KEY ("programId") REFERENCES "MentoringProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramForm" ADD CONSTRAINT "ProgramForm_formId_fkey" FOREIGN KEY ("formId") REFERENCES "MentoringForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramStage" ADD CONSTRAINT "ProgramStage_programId_fkey" FOREIGN KEY ("programId") REFERENCES "MentoringProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_schoolId_municipalityId_regionId_fkey" FOREIGN KEY ("schoolId", "municipalityId", "regionId") REFERENCES "School"("id", "municipalityId", "regionId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_academicYearId_fkey" FOREIGN KEY ("academicYearId") REFERENCES "AcademicYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_programId_fkey" FOREIGN KEY ("programId") REFERENCES "MentoringProgram"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_formId_fkey" FOREIGN KEY ("formId") REFERENCES "MentoringForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "MentoringModel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_mentorId_schoolId_fkey" FOREIGN KEY ("mentorId", "schoolId") REFERENCES "Participant"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairMentee" ADD CONSTRAINT "PairMentee_pairId_schoolId_mentorId_formId_pairStatus_fkey" FOREIGN KEY ("pairId", "schoolId", "mentorId", "formId", "pairStatus") REFERENCES "MentoringPair"("id", "schoolId", "mentorId", "formId", "status") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairMentee" ADD CONSTRAINT "PairMentee_menteeId_schoolId_fkey" FOREIGN KEY ("menteeId", "schoolId") REFERENCES "Participant"("id", "schoolId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "MentoringPair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "DevelopmentPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_evidenceFileId_fkey" FOREIGN KEY ("evidenceFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItemComment" ADD CONSTRAINT "PlanItemComment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTemplate" ADD CONSTRAINT "PlanTemplate_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTemplate" ADD CONSTRAINT "PlanTemplate_formId_fkey" FOREIGN KEY ("formId") REFERENCES "MentoringForm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTemplateItem" ADD CONSTRAINT "PlanTemplateItem_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "PlanTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonVisit" ADD CONSTRAINT "LessonVisit_academicYearId_fkey" FOREIGN KEY ("academicYearId") REFERENCES "AcademicYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonVisit" ADD CONSTRAINT "LessonVisit_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "MentoringPair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonVisit" ADD CONSTRAINT "LessonVisit_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonVisit" ADD CONSTRAINT "LessonVisit_visitorId_fkey" FOREIGN KEY ("visitorId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonVisit" ADD CONSTRAINT "LessonVisit_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "MentoringPair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_academicYearId_fkey" FOREIGN KEY ("academicYearId") REFERENCES "AcademicYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAgendaItem" ADD CONSTRAINT "EventAgendaItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAttendance" ADD CONSTRAINT "EventAttendance_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAttendance" ADD CONSTRAINT "EventAttendance_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAttendance" ADD CONSTRAINT "EventAttendance_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAttendance" ADD CONSTRAINT "EventAttendance_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMaterial" ADD CONSTRAINT "EventMaterial_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMaterial" ADD CONSTRAINT "EventMaterial_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Training" ADD CONSTRAINT "Training_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Training" ADD CONSTRAINT "Training_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Training" ADD CONSTRAINT "Training_certificateFileId_fkey" FOREIGN KEY ("certificateFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_academicYearId_fkey" FOREIGN KEY ("academicYearId") REFERENCES "AcademicYear"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRequirement" ADD CONSTRAINT "DocumentRequirement_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRequirement" ADD CONSTRAINT "DocumentRequirement_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRequirement" ADD CONSTRAINT "DocumentRequirement_academicYearId_fkey" FOREIGN KEY ("academicYearId") REFERENCES "AcademicYear"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRequirement" ADD CONSTRAINT "DocumentRequirement_templateFileId_fkey" FOREIGN KEY ("templateFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_schoolId_municipalityId_regionId_fkey" FOREIGN KEY ("schoolId", "municipalityId", "regionId") REFERENCES "School"("id", "municipalityId", "regionId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "DocumentRequirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_academicYearId_fkey" FOREIGN KEY ("academicYearId") REFERENCES "AcademicYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireTemplate" ADD CONSTRAINT "QuestionnaireTemplate_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireTemplate" ADD CONSTRAINT "QuestionnaireTemplate_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireVersion" ADD CONSTRAINT "QuestionnaireVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "QuestionnaireTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "QuestionnaireVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ─── Rules Prisma cannot express ───────────────────────────────────────────────────────────────
-- Written by hand. Runs on PostgreSQL 15 and on PGlite (PostgreSQL 18).

ALTER TABLE "Region" ADD CONSTRAINT "Region_maxMentees_check" CHECK ("maxMenteesPerMentor" BETWEEN 1 AND 50);
ALTER TABLE "AcademicYear" ADD CONSTRAINT "AcademicYear_dates_check" CHECK ("endsOn" > "startsOn");

ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_scope_check" CHECK (
  ("role" = 'ADMIN' AND "regionId" IS NULL AND "municipalityId" IS NULL AND "schoolId" IS NULL)
  OR ("role" = 'REGIONAL_COORDINATOR' AND "regionId" IS NOT NULL AND "municipalityId" IS NULL AND "schoolId" IS NULL)
  OR ("role" = 'MUNICIPAL_CURATOR' AND "regionId" IS NOT NULL AND "municipalityId" IS NOT NULL AND "schoolId" IS NULL)
  OR ("role" IN ('SCHOOL_CURATOR', 'MENTOR', 'MENTEE') AND "regionId" IS NOT NULL AND "municipalityId" IS NOT NULL AND "schoolId" IS NOT NULL)
);

ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_size_check" CHECK ("sizeBytes" >= 0);
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$');

ALTER TABLE "Participant" ADD CONSTRAINT "Participant_experience_check" CHECK ("experienceYears" IS NULL OR "experienceYears" BETWEEN 0 AND 70);
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_names_check" CHECK (length(btrim("lastName")) > 0 AND length(btrim("firstName")) > 0);
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_version_check" CHECK ("version" >= 1);

ALTER TABLE "MentoringProgram" ADD CONSTRAINT "MentoringProgram_dates_check" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "MentoringProgram" ADD CONSTRAINT "MentoringProgram_version_check" CHECK ("version" >= 1);
ALTER TABLE "ProgramStage" ADD CONSTRAINT "ProgramStage_dates_check" CHECK (
  ("plannedEnd" IS NULL OR "plannedStart" IS NULL OR "plannedEnd" >= "plannedStart")
  AND ("actualEnd" IS NULL OR "actualStart" IS NULL OR "actualEnd" >= "actualStart")
);

ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_dates_check" CHECK (
  "plannedEndOn" > "startsOn" AND ("endedOn" IS NULL OR "endedOn" >= "startsOn")
);
ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_termination_check" CHECK (
  "status" <> 'TERMINATED' OR length(btrim(coalesce("terminationReason", ''))) > 0
);
ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_compatibility_check" CHECK ("compatibilityScore" IS NULL OR "compatibilityScore" BETWEEN 0 AND 100);
ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_version_check" CHECK ("version" >= 1);
ALTER TABLE "PairMentee" ADD CONSTRAINT "PairMentee_not_self_check" CHECK ("menteeId" <> "mentorId");
ALTER TABLE "PairMentee" ADD CONSTRAINT "PairMentee_dates_check" CHECK ("leftOn" IS NULL OR "leftOn" >= "joinedOn");

ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_dates_check" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_version_check" CHECK ("version" >= 1);
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_position_check" CHECK ("position" >= 0);
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_version_check" CHECK ("version" >= 1);
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_goal_check" CHECK (length(btrim("goal")) > 0);
ALTER TABLE "PlanTemplateItem" ADD CONSTRAINT "PlanTemplateItem_offset_check" CHECK ("dueOffsetDays" IS NULL OR "dueOffsetDays" >= 0);

ALTER TABLE "LessonVisit" ADD CONSTRAINT "LessonVisit_not_self_check" CHECK ("visitorId" <> "teacherId");
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_duration_check" CHECK ("durationMinutes" BETWEEN 1 AND 1440);

ALTER TABLE "Event" ADD CONSTRAINT "Event_dates_check" CHECK ("endsAt" IS NULL OR "endsAt" >= "startsAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_level_check" CHECK (
  ("level" = 'REGION' AND "municipalityId" IS NULL AND "schoolId" IS NULL)
  OR ("level" = 'MUNICIPALITY' AND "municipalityId" IS NOT NULL AND "schoolId" IS NULL)
  OR ("level" = 'SCHOOL' AND "municipalityId" IS NOT NULL AND "schoolId" IS NOT NULL)
);
ALTER TABLE "Event" ADD CONSTRAINT "Event_version_check" CHECK ("version" >= 1);

ALTER TABLE "Training" ADD CONSTRAINT "Training_hours_check" CHECK ("hours" BETWEEN 1 AND 2000);
ALTER TABLE "Training" ADD CONSTRAINT "Training_dates_check" CHECK ("startsOn" IS NULL OR "endsOn" >= "startsOn");
ALTER TABLE "Training" ADD CONSTRAINT "Training_trainee_check" CHECK ("participantId" IS NOT NULL OR "userId" IS NOT NULL);

ALTER TABLE "Award" ADD CONSTRAINT "Award_dates_check" CHECK ("awardedOn" IS NULL OR "awardedOn" >= "proposedOn");

ALTER TABLE "DocumentRequirement" ADD CONSTRAINT "DocumentRequirement_level_check" CHECK (
  ("level" = 'PLATFORM' AND "regionId" IS NULL AND "municipalityId" IS NULL)
  OR ("level" = 'REGION' AND "regionId" IS NOT NULL AND "municipalityId" IS NULL)
  OR ("level" = 'MUNICIPALITY' AND "regionId" IS NOT NULL AND "municipalityId" IS NOT NULL)
);
ALTER TABLE "Document" ADD CONSTRAINT "Document_version_check" CHECK ("version" >= 1);
ALTER TABLE "Document" ADD CONSTRAINT "Document_returned_comment_check" CHECK (
  "status" <> 'RETURNED' OR length(btrim(coalesce("reviewComment", ''))) > 0
);
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_no_check" CHECK ("versionNo" >= 1);

ALTER TABLE "QuestionnaireTemplate" ADD CONSTRAINT "QuestionnaireTemplate_level_check" CHECK (
  ("level" = 'PLATFORM' AND "regionId" IS NULL AND "municipalityId" IS NULL AND "schoolId" IS NULL)
  OR ("level" = 'REGION' AND "regionId" IS NOT NULL AND "municipalityId" IS NULL AND "schoolId" IS NULL)
  OR ("level" = 'MUNICIPALITY' AND "regionId" IS NOT NULL AND "municipalityId" IS NOT NULL AND "schoolId" IS NULL)
  OR ("level" = 'SCHOOL' AND "regionId" IS NOT NULL AND "municipalityId" IS NOT NULL AND "schoolId" IS NOT NULL)
);
ALTER TABLE "QuestionnaireTemplate" ADD CONSTRAINT "QuestionnaireTemplate_dates_check" CHECK ("closesOn" IS NULL OR "opensOn" IS NULL OR "closesOn" >= "opensOn");
ALTER TABLE "QuestionnaireVersion" ADD CONSTRAINT "QuestionnaireVersion_no_check" CHECK ("versionNo" >= 1);

-- The audit log is append-only: no UPDATE, no DELETE, not even by the application.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
