-- people: a mention's or a relationship's source type is the name of the capture kind that made it,
-- and "return-home-interview" (21 characters) did not fit the 20 first sized for "incident".
ALTER TABLE person_mention MODIFY source_type VARCHAR(64) NOT NULL;
ALTER TABLE relationship MODIFY source_type VARCHAR(64) NOT NULL;
