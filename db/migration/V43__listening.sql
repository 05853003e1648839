-- Listening to clients, as the charter's sixth axis promises (issue 16): "we measure their
-- satisfaction regularly through surveys" and "we set up tools to collect their expectations and
-- suggestions". The rating of a closed request (V4) stays where it is; these are the two others.

-- A survey period: an administrator opens it with a few questions, each answered on a scale of 1
-- to 5. Two periods never overlap, so "the survey open today" is one row or none.
create table survey (
    id          bigint generated always as identity primary key,
    opens_on    date        not null,
    closes_on   date        not null,
    opened_by   text        not null,
    opened_at   timestamptz not null,
    check (closes_on >= opens_on),
    exclude using gist (daterange(opens_on, closes_on, '[]') with &&)
);

create table survey_question (
    survey_id  bigint   not null references survey (id),
    position   smallint not null check (position between 1 and 6),
    text_fr    text     not null check (char_length(text_fr) between 5 and 200),
    text_ar    text     not null check (char_length(text_ar) between 5 and 200),
    text_en    text     not null check (char_length(text_en) between 5 and 200),
    primary key (survey_id, position)
);

-- Who took part, apart from what they answered: the invitation is shown once per period and a
-- person answers once, but the answers below carry no account, so nobody at the fund reads whose
-- they are (law 09-08: the survey needs no more than the space a person answers from).
create table survey_participation (
    survey_id   bigint      not null references survey (id),
    account_id  bigint      not null references user_account (id),
    invited_at  timestamptz,
    answered_at timestamptz,
    primary key (survey_id, account_id)
);

create table survey_response (
    id        bigint generated always as identity primary key,
    survey_id bigint not null references survey (id),
    space     text   not null check (space in ('COMPANY', 'DELEGATE', 'AFFILIATE', 'RETIREE')),
    comment   text   check (char_length(comment) <= 1000)
);

create table survey_answer (
    response_id bigint   not null references survey_response (id),
    survey_id   bigint   not null,
    position    smallint not null,
    score       smallint not null check (score between 1 and 5),
    primary key (response_id, position),
    foreign key (survey_id, position) references survey_question (survey_id, position)
);

create index survey_response_survey on survey_response (survey_id);

-- The suggestion box, in every space and on the public site: a category, a text, an optional way to
-- be answered. Staff mark each one read, then answered.
create table suggestion (
    id          bigint generated always as identity primary key,
    received_at timestamptz not null,
    space       text        not null check (space in ('PUBLIC', 'COMPANY', 'DELEGATE', 'AFFILIATE', 'RETIREE')),
    category    text        not null check (category in ('PORTAL', 'SERVICE', 'INFORMATION', 'OTHER')),
    text        text        not null check (char_length(text) between 10 and 2000),
    contact     text        check (char_length(contact) <= 254),
    status      text        not null default 'NEW' check (status in ('NEW', 'READ', 'ANSWERED')),
    handled_by  text,
    handled_at  timestamptz,
    check ((status = 'NEW') = (handled_by is null))
);

create index suggestion_status on suggestion (status, received_at desc);
