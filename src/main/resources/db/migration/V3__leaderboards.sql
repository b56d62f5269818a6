-- Leaderboards. One standing per (board, player): a board is a scope ('global', 'film:<id>', 'community:<id>') and a
-- calendar window ('all', 'm:2026-12', 'w:2026-W49', 'd:2026-12-01'). A new month, week or day is a new, empty board.
create table standing (
    scope_key      varchar(120)             not null,
    window_key     varchar(16)              not null,
    player_id      varchar(64)              not null,
    display_name   varchar(32)              not null,
    score          bigint                   not null,
    games          integer                  not null,
    correct        integer                  not null,
    answered       integer                  not null,
    best_game      integer                  not null,
    wins           integer                  not null,
    last_played_at timestamp with time zone not null,
    -- when the player reached the current score: earlier comes first among equal scores
    reached_at     timestamp with time zone not null,
    primary key (scope_key, window_key, player_id)
);

-- A board in rank order: the top N and a player's neighbours are short range scans of this index.
create index standing_board on standing (scope_key, window_key, score desc, reached_at, player_id);

-- How many players of a board have scores in each bucket, kept in step with standing in the same transaction, at
-- four levels: level L counts the scores s with s / 256^L = bucket. Level 0 is exact; a rank sums at most 255 rows per
-- level (see io.cinequiz.leaderboard.ScoreBuckets), never the board. Rows whose count falls to 0 are kept.
create table score_bucket (
    scope_key  varchar(120) not null,
    window_key varchar(16)  not null,
    level      smallint     not null,
    bucket     bigint       not null,
    players    integer      not null,
    primary key (scope_key, window_key, level, bucket)
);

-- Every game counted on the leaderboards, by its id (a session id): inserted in the transaction that counts it, so
-- that no game is ever counted twice.
create table recorded_game (
    game_id     varchar(64)              primary key,
    player_id   varchar(64)              not null,
    recorded_at timestamp with time zone not null
);
