-- API clients (a chat bot, a frontend): a key shown once and stored as its SHA-256, scopes, and per-client quotas
-- (null: the configured default). Revoked clients are kept, so that their id (their players' namespace) is never reused.
create table api_client (
    id                  varchar(15)              primary key,
    key_hash            varchar(64)              not null unique,
    scopes              varchar(64)              not null,
    requests_per_second integer,
    burst               integer,
    sessions_per_hour   integer,
    open_rooms          integer,
    created_at          timestamp with time zone not null,
    revoked_at          timestamp with time zone
);

-- Players the service issues to anonymous frontends (the web page): an id and a token stored as its SHA-256.
create table player (
    id         varchar(24)              primary key,
    token_hash varchar(64)              not null unique,
    created_at timestamp with time zone not null
);
