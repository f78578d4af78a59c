-- Full-text search over messages. Prisma cannot express a generated tsvector column,
-- so this migration was created with `prisma migrate dev --create-only` and written by hand.

-- AlterTable
ALTER TABLE "messages" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "body")) STORED;

-- CreateIndex
CREATE INDEX "messages_search_idx" ON "messages" USING GIN ("search");
