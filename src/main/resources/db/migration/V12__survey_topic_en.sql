-- The English topic beside the Chinese one, for the bilingual title of a study report's cover. Optional: an
-- investigation launched without it, or before it existed, has none.
alter table survey add column topic_en varchar(300) null;
