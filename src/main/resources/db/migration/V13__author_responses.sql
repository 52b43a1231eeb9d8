-- The lead's answer to each review of a round (as HotCRP's author response), written with the next version of the
-- report. A response is a draft while that next version is; it is frozen when the version is submitted. The status
-- is not stored: it follows from whether a version newer than the answered one was submitted.
create table author_response (
    survey_id      bigint       not null references survey (id),
    version_number int          not null,
    review_id      bigint       not null unique references review (id),
    response       text         not null,
    author         varchar(64)  not null references app_user (username),
    updated_at     timestamptz  not null,
    primary key (survey_id, version_number, review_id)
);
