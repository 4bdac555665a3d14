-- The live stream's turnout and certified events, kept in the order of the change counter, so that a dashboard
-- resuming with Last-Event-ID on any instance gets what it missed (issue 18). The results themselves are not kept
-- here: a resume sends each changed election's current result.
create table result_stream_event (
    sequence    bigint      not null,
    ordinal     int         not null,
    name        text        not null,
    election_id uuid        not null,
    region_code text,
    data        text        not null,
    primary key (sequence, ordinal)
);
