DROP TABLE message_reactions;
