-- Draft and published versions of each organization's request form, with the whole form as JSON,
-- so that the form editor can show history and roll back a bad publish.

-- CreateTable
CREATE TABLE "request_form_versions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "payload" JSONB NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "request_form_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "request_form_versions_organization_id_version_key" ON "request_form_versions"("organization_id", "version");

-- AddForeignKey
ALTER TABLE "request_form_versions" ADD CONSTRAINT "request_form_versions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
