-- The requests dashboard: one row per request with its comment count and a readable assignee.
-- A repeatable migration: Flyway runs it again whenever this file changes, after the versioned ones.
CREATE OR REPLACE VIEW request_overview AS
SELECT r.id,
       r.organization_id,
       r.title,
       r.status,
       r.priority,
       r.due_date,
       COALESCE(u.display_name, 'unassigned') AS assignee_label,
       (SELECT count(*) FROM request_comments c WHERE c.request_id = r.id) AS comment_count,
       r.created_at
FROM requests r
LEFT JOIN users u ON u.id = r.assigned_to;
