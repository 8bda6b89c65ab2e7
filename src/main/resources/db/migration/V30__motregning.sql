-- Module offset (motregning), issue 20: the files amounts owed to debtors arrive in, each amount once by its reference,
-- and what became of it. The money itself is in the ledger (transaction MOTREGNING, carrying the amount's id in
-- innbetaling_id), the payout of the rest in payments' utbetaling (motkrav_id).

create table motregningsfil (
    fil_id        uuid        primary key,
    filnavn       text        not null,
    kilde         text        not null check (kilde in ('INNBOKS', 'OPPLASTING')),
    mottatt       timestamptz not null,
    status        text        not null check (status in ('UNDER_BEHANDLING', 'BEHANDLET', 'AVVIST')),
    antall_linjer integer     not null default 0,
    antall_nye    integer     not null default 0,
    antall_kjente integer     not null default 0,
    antall_feil   integer     not null default 0,
    rapport       text
);
comment on table motregningsfil is 'A file of amounts the state owes debtors (docs/motregningsfil.md), as taken in, with its report.';

create table motkrav (
    motkrav_id     uuid        primary key,
    referanse      varchar(64) not null unique,
    skyldner       text        not null,
    beloep_ore     bigint      not null check (beloep_ore > 0),
    art            text        not null check (art in ('SKATTEOPPGJOER', 'MERVERDIAVGIFT', 'NAV_ETTERBETALING', 'LANDBRUKSTILSKUDD')),
    dato           date        not null,
    kontonummer    char(11)    not null,
    fil_id         uuid        not null references motregningsfil,
    linjenummer    integer     not null,
    status         text        not null check (status in ('MOTTATT', 'MOTREGNET')),
    motregnet_ore  bigint      check (motregnet_ore >= 0),
    utbetalt_ore   bigint      check (utbetalt_ore >= 0),
    virkningsdato  date,
    dokument_id    uuid,
    registrert     timestamptz not null,
    behandlet      timestamptz,
    check (status = 'MOTTATT' or (motregnet_ore + utbetalt_ore = beloep_ore and virkningsdato is not null))
);
create index motkrav_skyldner on motkrav (skyldner);
create index motkrav_til_behandling on motkrav (skyldner) where status = 'MOTTATT';
comment on table motkrav is 'An amount the state owed a debtor, delivered for offset; the reference makes it one effect however often it comes.';
comment on column motkrav.dato is 'The day the amount fell due to the debtor; the offset takes effect on this day or the day it is taken in, the later.';
comment on column motkrav.status is 'MOTTATT: received, not yet offset (a run killed halfway leaves these, the next run takes them); MOTREGNET: done.';

create table motregning_avregning (
    motkrav_id uuid   not null references motkrav,
    krav_id    uuid   not null,
    beloep_ore bigint not null check (beloep_ore > 0),
    primary key (motkrav_id, krav_id)
);
create index motregning_avregning_krav on motregning_avregning (krav_id);
comment on table motregning_avregning is 'What of a NAV back-payment was offset as avregning against a NAV claim, so NAV''s ytelserForAvregning is used once.';
