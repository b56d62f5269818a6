-- Score buckets of levels 2 and 3 are split over 16 rows each (see ScoreBuckets), so that games counted at the same time
-- do not all queue on one row. A new table with the shard in its primary key takes the rows over (shard 0); copying
-- instead of altering the key keeps this one script the same on H2 and PostgreSQL.
create table score_bucket_sharded (
    scope_key  varchar(120) not null,
    window_key varchar(16)  not null,
    level      smallint     not null,
    bucket     bigint       not null,
    shard      smallint     default 0 not null,
    players    integer      not null,
    primary key (scope_key, window_key, level, bucket, shard)
);

insert into score_bucket_sharded (scope_key, window_key, level, bucket, shard, players)
select scope_key, window_key, level, bucket, 0, players from score_bucket;

drop table score_bucket;

alter table score_bucket_sharded rename to score_bucket;
