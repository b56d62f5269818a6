-- Session tokens of the OpenTDB-compatible API, and the questions each has served.
create table opentdb_token (
    token        varchar(64)              primary key,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone not null
);

create index opentdb_token_idle on opentdb_token (last_used_at);

create table opentdb_token_question (
    token       varchar(64) not null references opentdb_token (token),
    question_id varchar(64) not null,
    primary key (token, question_id)
);
