-- Quiz sessions: one row per session, one row per question of a session, and what each player has been served.
create table quiz_session (
    id               varchar(36)              primary key,
    token_hash       varchar(64)              not null,
    player_id        varchar(64)              not null,
    display_name     varchar(32)              not null,
    community        varchar(64),
    film_id          varchar(100),
    time_limit_ms    integer                  not null,
    total            integer                  not null,
    current_position integer                  not null,
    score            integer                  not null,
    streak           integer                  not null,
    correct_count    integer                  not null,
    created_at       timestamp with time zone not null,
    last_activity_at timestamp with time zone not null,
    finished_at      timestamp with time zone,
    version          bigint                   not null
);

create index quiz_session_open on quiz_session (finished_at, last_activity_at);

-- Natural keys, not identity columns: a session's 50 rows are written without a sequence round trip each.
create table session_question (
    session_id  varchar(36)              not null references quiz_session (id),
    position    integer                  not null,
    question_id varchar(64)              not null,
    served_at   timestamp with time zone,
    answered_at timestamp with time zone,
    choice      integer,
    request_id  varchar(64),
    correct     boolean,
    timed_out   boolean,
    points      integer,
    streak      integer,
    primary key (session_id, position)
);

create table served_question (
    player_id   varchar(64)              not null,
    question_id varchar(64)              not null,
    served_at   timestamp with time zone not null,
    primary key (player_id, question_id)
);
