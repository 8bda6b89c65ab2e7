-- Platform: the daily-run engine (decision 0035). A run of a daily job for a date, split into debtor-sized units
-- that workers claim with FOR UPDATE SKIP LOCKED and mark done in the unit's own transaction.
create table daglig_kjoering (
    kjoering_id uuid        primary key,
    jobb        text        not null,
    dato        date        not null,
    status      text        not null check (status in ('PAAGAAR', 'FERDIG')),
    enheter     int         not null,
    startet     timestamptz not null,
    ferdig      timestamptz
);
-- at most one unfinished run per job and date: a second instance joins it instead of starting another
create unique index daglig_kjoering_aapen on daglig_kjoering (jobb, dato) where status = 'PAAGAAR';
create index daglig_kjoering_jobb_dato on daglig_kjoering (jobb, dato);
comment on table daglig_kjoering is 'A run of a daily job (interest, placement of held money, ...) for a date.';

create table daglig_enhet (
    kjoering_id uuid    not null references daglig_kjoering,
    nr          int     not null,
    noekkel     text    not null,
    ferdig      boolean not null default false,
    antall      int     not null default 0,
    feil        text,
    primary key (kjoering_id, nr)
);
create index daglig_enhet_aapen on daglig_enhet (kjoering_id, nr) where not ferdig;
comment on table daglig_enhet is 'A unit of a run (a debtor): done once, in the transaction that did its work.';
comment on column daglig_enhet.antall is 'Items the unit changed (claims booked interest, payments placed).';
comment on column daglig_enhet.feil is 'Why the last attempt failed (rolled back); the unit is tried again when the run resumes.';
