-- Multiplayer rooms (chat channels): games, their rounds, their players and the players' answers.
create table room_game (
    id              varchar(36)              primary key,
    room_key        varchar(64)              not null,
    -- the room's key while the game is unfinished, null after: at most one unfinished game per room, on any replica
    active_room_key varchar(64)              unique,
    number          integer                  not null,
    film_id         varchar(100),
    category        varchar(16),
    difficulty      varchar(16),
    community       varchar(64),
    target_score    integer                  not null,
    question_ms     integer                  not null,
    rounds          integer                  not null,
    created_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    end_reason      varchar(24),
    version         bigint                   not null,
    unique (room_key, number)
);

-- No question twice in a game: (game_id, question_id) is unique.
create table room_round (
    id                      varchar(36)              primary key,
    game_id                 varchar(36)              not null references room_game (id),
    number                  integer                  not null,
    question_id             varchar(64)              not null,
    served_at               timestamp with time zone not null,
    closed_at               timestamp with time zone,
    close_reason            varchar(16),
    first_correct_player_id varchar(64),
    unique (game_id, number),
    unique (game_id, question_id)
);

create table room_player (
    game_id      varchar(36)              not null references room_game (id),
    player_id    varchar(64)              not null,
    display_name varchar(32)              not null,
    -- the round in which the player first answered
    joined_round integer                  not null,
    joined_at    timestamp with time zone not null,
    score        integer                  not null,
    points       integer                  not null,
    answered     integer                  not null,
    winner       boolean                  not null,
    primary key (game_id, player_id)
);

-- One answer per player per round: the primary key.
create table room_answer (
    round_id      varchar(36)              not null references room_round (id),
    player_id     varchar(64)              not null,
    choice        integer                  not null,
    request_id    varchar(64),
    answered_at   timestamp with time zone not null,
    elapsed_ms    bigint                   not null,
    correct       boolean                  not null,
    late          boolean                  not null,
    points        integer                  not null,
    first_correct boolean                  not null,
    primary key (round_id, player_id)
);

-- A room game counts on the leaderboards once per player, as 'room:<game id>:<player id>' (up to 106 characters).
alter table recorded_game alter column game_id set data type varchar(128);
