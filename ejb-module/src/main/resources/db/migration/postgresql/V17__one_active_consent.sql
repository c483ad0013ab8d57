-- Issue 20 part 6 (000 10.3 h): at most one active consent per user and app, held by the database.
-- One row per user and app names the consent in force (ActiveConsent); its key is the pair, so two
-- agreements at once cannot both record one (the later is refused at flush and becomes a no-op). A
-- table rather than a partial unique index: the same rule on H2, which has none.
create table ow_user_consent_active (
    app_key varchar(63) not null,
    username varchar(255) not null,
    consent_id bigint not null,
    version bigint not null,
    constraint ow_user_consent_active_pkey primary key (app_key, username)
);

-- Two active consents of one user for one app (a race before this migration): the older ones end
-- when the newest began; it stays the one in force.
update ow_user_consent c
   set revoked_at = (select max(n.granted_at) from ow_user_consent n
                      where n.username = c.username and n.app_key = c.app_key
                        and n.revoked_at is null and n.id > c.id)
 where c.revoked_at is null
   and exists (select 1 from ow_user_consent n
                where n.username = c.username and n.app_key = c.app_key
                  and n.revoked_at is null and n.id > c.id);

insert into ow_user_consent_active (app_key, username, consent_id, version)
    select app_key, username, max(id), 0 from ow_user_consent
     where revoked_at is null group by app_key, username;
