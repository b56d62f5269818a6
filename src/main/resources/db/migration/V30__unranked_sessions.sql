-- Sessions narrowed by category or difficulty count on no leaderboard (attack review round 2, M2).
alter table quiz_session add column ranked boolean default true not null;
