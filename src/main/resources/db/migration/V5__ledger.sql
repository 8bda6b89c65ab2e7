-- Module ledger (reskontro): claims booked for collection, their lines, and append-only postings in øre.

create table reskontro_krav (
    krav_id                 uuid        primary key,
    skyldner                text        not null,
    skyldner_type           text        not null check (skyldner_type in ('PERSON', 'ORGANISASJON')),
    oppdragsgiver           char(9)     not null,
    kravtype                text        not null,
    fastsettelsesdato       date        not null,
    foreldelse_utgangspunkt date        not null,
    bokfoert                timestamptz not null
);
create index reskontro_krav_skyldner on reskontro_krav (skyldner);
comment on table reskontro_krav is 'A claim taken over for collection (reskontroført). Every transaction touches one debtor.';
comment on column reskontro_krav.krav_id is 'Our claim identifier, the kravidentifikator given to the creditor.';
comment on column reskontro_krav.foreldelse_utgangspunkt is 'Start of the limitation period: foreldelsesfristensUtgangspunkt when given, else fastsettelsesdato.';

create table kravlinje (
    kravlinje_id  bigint generated always as identity primary key,
    krav_id       uuid   not null references reskontro_krav,
    linjetype     text   not null check (linjetype in ('HOVEDSTOL', 'RENTER', 'GEBYR')),
    rentetype     text,
    ilagt_dato    date,
    opprettet     date   not null
);
create index kravlinje_krav on kravlinje (krav_id);
comment on table kravlinje is 'A component of a claim: principal, interest or fee. Its amounts live only in postings.';
comment on column kravlinje.ilagt_dato is 'For interest: renterIlagtDato, the interest line''s own start for limitation and allocation order.';

create table transaksjon (
    transaksjon_id uuid        primary key,
    krav_id        uuid        not null references reskontro_krav,
    type           text        not null,
    bokfoert_dato  date        not null,
    registrert     timestamptz not null
);
create index transaksjon_krav on transaksjon (krav_id);
comment on table transaksjon is 'One business event in the ledger; its postings sum to zero (double entry).';
comment on column transaksjon.type is 'KRAV_BOKFOERT, HOVEDSTOL_NEDSATT, RENTER_ENDRET, AVSKREVET_AV_OPPDRAGSGIVER, …';

create table postering (
    postering_id   bigint generated always as identity primary key,
    transaksjon_id uuid   not null references transaksjon,
    konto          text   not null,
    krav_id        uuid   not null,
    kravlinje_id   bigint references kravlinje,
    art            text   not null,
    beloep_ore     bigint not null,
    bokfoert_dato  date   not null
);
create index postering_krav on postering (krav_id);
comment on table postering is 'Append-only posting in øre. A correction is a new, reversing posting; rows are never updated or deleted.';
comment on column postering.konto is 'SKYLDNER_FORDRING: what the debtor owes on a claim line; OPPDRAGSGIVER_OVERTATT: the counter-entry for claims taken over from creditors.';
comment on column postering.art is 'FASTSATT: an amount the creditor set (booking, change); AVSKREVET: written off.';
comment on column postering.beloep_ore is 'Signed amount in øre: positive increases the account.';

create function postering_er_uforanderlig() returns trigger language plpgsql as $$
begin
    raise exception 'postings are append-only: % on postering is not allowed', tg_op;
end $$;
create trigger postering_append_only before update or delete on postering
    for each statement execute function postering_er_uforanderlig();
create trigger transaksjon_append_only before update or delete on transaksjon
    for each statement execute function postering_er_uforanderlig();
