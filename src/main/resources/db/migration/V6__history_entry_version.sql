-- The number of the report version a history entry is about (a version submitted or recalled, a review of it, the
-- tally of its reviews, a decision on it), so that each entry is shown only to those who may see what it describes.
alter table survey_event add column version_number int;

update survey_event set version_number = cast(substring(detail from '^version ([0-9]+)') as int)
where kind in ('VERSION_SUBMITTED', 'VERSION_RECALLED', 'REVIEW_SUBMITTED', 'REVIEWS_TALLIED')
  and detail ~ '^version [0-9]+';
