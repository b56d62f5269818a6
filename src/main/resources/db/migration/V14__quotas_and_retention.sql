-- Idle room games expire: the time of a game's last change, and the index the expiry job reads.
alter table room_game add column last_activity_at timestamp with time zone;
update room_game set last_activity_at = coalesce(finished_at, created_at);
alter table room_game alter column last_activity_at set not null;
create index room_game_open on room_game (finished_at, last_activity_at);

-- A player's open sessions are counted when it starts another (at most quiz.quotas.open-sessions-per-player).
create index quiz_session_player on quiz_session (player_id, finished_at);

-- What the retention job deletes by age or by period (io.cinequiz.retention).
create index standing_window on standing (window_key);
create index score_bucket_window on score_bucket (window_key);
create index recorded_game_at on recorded_game (recorded_at);
create index served_question_at on served_question (served_at);
