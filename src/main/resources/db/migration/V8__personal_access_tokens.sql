-- Personal access tokens (security/token): API clients send one as "Authorization: Bearer ttsw_…" instead of a
-- password. Only the SHA-256 hash of a token is kept; the token itself is shown once, when it is created
-- (docs/adr/0010-personal-access-tokens.md). A token acts as its owner, with the owner's role of the moment, and
-- stops working when it expires, is revoked (its row is deleted) or its owner's account is disabled.
create table personal_access_token (
    id           bigint generated always as identity primary key,
    username     varchar(64)  not null references app_user (username),
    name         varchar(100) not null,
    secret_hash  bytea        not null check (octet_length(secret_hash) = 32),
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null check (expires_at > created_at),
    -- recorded at most once a minute per token, not on every request
    last_used_at timestamptz
);
-- every request with a token is one lookup by its hash
create unique index personal_access_token_by_hash on personal_access_token (secret_hash);
create index personal_access_token_by_owner on personal_access_token (username, id);
