-- Display names: up to 32 code points after NFC, which is up to 64 UTF-16 units. H2 counts a VARCHAR's length in
-- UTF-16 units and PostgreSQL in characters, so 64 holds every valid name on both.
alter table quiz_session alter column display_name set data type varchar(64);
alter table standing alter column display_name set data type varchar(64);
alter table room_player alter column display_name set data type varchar(64);

-- Rooms belong to API clients: a room's key is stored in its client's namespace ("<client id>:<key>", up to
-- 15 + 1 + 64 characters). Rooms from before have no client: they go to the namespace "-", which no client id can be,
-- so nobody reaches them; their unfinished games expire (quiz.rooms.idle-expiry).
alter table room_game alter column room_key set data type varchar(80);
alter table room_game alter column active_room_key set data type varchar(80);
update room_game set room_key = '-:' || room_key,
    active_room_key = case when active_room_key is null then null else '-:' || active_room_key end;
