-- The accuracy rule (io.cinequiz.fairplay.AccuracyRule): a player's latest answers are judged against what their
-- questions' difficulty predicts. Its flags carry their figures; the rule reads a player's room answers and the tallies
-- of the questions they got.
alter table fair_play_flag add column answers integer;
alter table fair_play_flag add column correct_answers integer;
alter table fair_play_flag add column expected_correct double precision;
alter table fair_play_flag add column tail_probability double precision;

create index room_answer_player on room_answer (player_id, answered_at);
create index question_answer_question on question_answer (question_id);
