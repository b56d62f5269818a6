-- Scored play never serves a question's own id or option order: each session question and room round gets an id of
-- its own (session questions: play_id; rounds: their id) and a shuffled option order (option_order, "2,0,3,1": the
-- question's options in shown order). Rows from before keep the question's id and order.
alter table session_question add column play_id varchar(64);
alter table session_question add column option_order varchar(32);
update session_question set play_id = question_id;
alter table session_question alter column play_id set not null;

alter table room_round add column option_order varchar(32);
