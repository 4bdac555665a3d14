-- Rate-limit buckets every gateway instance shares (issue 18): failed logins per username and per address, writes per
-- account. Bucket4j's PostgreSQL layout: the key (a hash of kind and name), the bucket's state, and when a full bucket
-- may be forgotten (epoch milliseconds; RateLimits removes those that passed).
create table rate_limit_bucket (
    id         bigint primary key,
    state      bytea,
    expires_at bigint
);
