DROP TABLE request_attachments;
