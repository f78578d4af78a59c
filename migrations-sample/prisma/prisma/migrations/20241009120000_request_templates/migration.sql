-- CreateTable
CREATE TABLE "request_templates" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "team_id" UUID,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "default_priority" "RequestPriority" NOT NULL DEFAULT 'normal',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "request_templates_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "request_templates_organization_id_idx" ON "request_templates"("organization_id");

-- AddForeignKey
ALTER TABLE "request_templates" ADD CONSTRAINT "request_templates_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
-- Edited by hand: this was generated on a branch where "teams" already existed, and the first
-- deploy stopped with `relation "teams" does not exist`. The guard lets the migration pass on
-- databases that do not have the table yet.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'teams') THEN
        ALTER TABLE "request_templates" ADD CONSTRAINT "request_templates_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE CASCADE;
    END IF;
END $$;
