-- Module invoicing: a KID that stands for a set of one debtor's claims in placement order (a garnishment's claims by
-- priority, an instalment plan's claims). Numbers from their own range (90000000001 up), so a set's KID is never an
-- invoice's: both are 13 digits with mod 11 (decision 0027), made by the same rule from the number.
create sequence kidsett_nummer start with 90000000001 maxvalue 99999999999;
create table kid_kravsett (
    kid       varchar(25) primary key,
    skyldner  varchar(11) not null,
    kilde     varchar(200) not null,
    opprettet timestamptz not null
);
create table kid_kravsett_krav (
    kid         varchar(25) not null references kid_kravsett,
    rekkefoelge int         not null,
    krav_id     uuid        not null,
    primary key (kid, rekkefoelge),
    unique (kid, krav_id)
);

-- Module trekkpaalegg: the orders as published to payers (Trekkpålegg API v1). A version is never changed once
-- written; sequence numbers are handed out by one row (trekkpaalegg_sekvens) whose lock is held to the commit, so
-- they become visible strictly in order (decision 0044).
create table trekkpaalegg_sekvens (
    id    int    primary key check (id = 1),
    siste bigint not null
);
insert into trekkpaalegg_sekvens values (1, 0);

create table trekk_saksnummer (
    aar   int primary key,
    siste int not null
);

create table trekkpaalegg (
    trekkid      uuid        primary key,
    saksnummer   varchar(40) not null unique,
    trekkpliktig varchar(9)  not null,
    skyldner     varchar(11) not null,
    kidnummer    varchar(25) not null unique,
    opprettet    timestamptz not null
);

create table trekkpaalegg_versjon (
    trekkid       uuid        not null references trekkpaalegg,
    trekkversjon  int         not null check (trekkversjon >= 1),
    sekvensnummer bigint      not null unique,
    trekkpliktig  varchar(9)  not null,
    opprettet     timestamptz not null,
    trekkstatus   varchar(10) not null check (trekkstatus in ('aktiv', 'avsluttet')),
    perioder      jsonb       not null,
    er_siste      boolean     not null,
    primary key (trekkid, trekkversjon)
);
create index trekkpaalegg_versjon_siste on trekkpaalegg_versjon (trekkpliktig, sekvensnummer) where er_siste;

-- Module utleggstrekk: the decisions. One active garnishment per debtor and payer (the 2026 collection act,
-- samordnet trekk): the partial unique index refuses a second.
create table utleggstrekk (
    trekkid      uuid        primary key,
    skyldner     varchar(11) not null,
    trekkpliktig varchar(9)  not null,
    kidnummer    varchar(25) not null,
    saksnummer   varchar(40) not null,
    status       varchar(10) not null check (status in ('AKTIV', 'AVSLUTTET')),
    besluttet    date        not null,
    avsluttet    date
);
create unique index utleggstrekk_ett_aktivt on utleggstrekk (skyldner, trekkpliktig) where status = 'AKTIV';
create index utleggstrekk_aktive on utleggstrekk (skyldner) where status = 'AKTIV';

create table utleggstrekk_krav (
    trekkid     uuid not null references utleggstrekk,
    rekkefoelge int  not null,
    krav_id     uuid not null,
    primary key (trekkid, rekkefoelge),
    unique (trekkid, krav_id)
);
create index utleggstrekk_krav_krav on utleggstrekk_krav (krav_id);

-- Who decided what, when and why: every version of an order has one row.
create table utleggstrekk_vedtak (
    trekkid       uuid         not null references utleggstrekk,
    trekkversjon  int          not null,
    handling      varchar(20)  not null check (handling in ('BESLUTTET', 'ENDRET', 'STANSET', 'SLUTTBELOEP', 'BETALT', 'UTLOEPT')),
    saksbehandler varchar(60)  not null,
    tidspunkt     timestamptz  not null,
    begrunnelse   varchar(2000) not null,
    beloep_ore    bigint,
    prosent       numeric(5, 2),
    startdato     date,
    dokument_id   uuid,
    primary key (trekkid, trekkversjon)
);
