DROP TABLE request_comments;
DROP TABLE requests;
DROP TYPE request_priority;
DROP TYPE request_status;
