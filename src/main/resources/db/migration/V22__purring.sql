-- Dunning (decision 0037): the reminder and notice terms per claim type, and the steps taken per claim.
create table purreregel (
    kravtype                   text   primary key, -- '*' is the default for every type without its own row
    purring_dager_etter_forfall int    not null check (purring_dager_etter_forfall >= 1),
    varsel_dager_etter_purring  int    not null check (varsel_dager_etter_purring >= 1),
    varselfrist_dager           int    not null check (varselfrist_dager >= 14), -- tvangsfullbyrdelsesloven § 4-18: two weeks at least
    purregebyr_ore              bigint not null default 0 check (purregebyr_ore = 0), -- no lawful basis for a fee on state claims found (0037)
    kilde                       text   not null
);
comment on table purreregel is 'Dunning terms per claim type: reminder N days after the due date, notice M days after the reminder''s deadline, the notice''s deadline.';
insert into purreregel values ('*', 14, 14, 14, 0,
    'Decision 0037: reminder 14 days after the due date and a 14-day term in it (as inkassoloven § 9 for a betalingsoppfordring); '
    || 'notice deadline two weeks (tvangsfullbyrdelsesloven § 4-18 first ledd); no reminder fee (no statutory basis for state claims).');

create sequence purrebrevnummer start with 1;

create table purresteg (
    krav_id    uuid not null,
    steg       text not null check (steg in ('PURRING', 'VARSEL_OM_TVANGSFULLBYRDELSE', 'KLAR_FOR_TVANGSINNKREVING')),
    dato       date not null,
    frist      date,
    dokument_id uuid,
    gjenstaaende_ore bigint not null,
    primary key (krav_id, steg) -- each step once per claim: a rerun or a second instance cannot send it twice
);
create index purresteg_klar on purresteg (dato) where steg = 'KLAR_FOR_TVANGSINNKREVING';
comment on table purresteg is 'Dunning steps taken per claim; KLAR_FOR_TVANGSINNKREVING is the queue the enforcement run reads.';
