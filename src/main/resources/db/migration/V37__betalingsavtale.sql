-- Module betalingsavtale (decision 0058): instalment plans (betalingsavtale) and postponements (utsettelse) a debtor
-- applies for, decided by rules held here as dated data, or by a caseworker.

-- The rules' figures, dated: the row with the latest gyldig_fra on or before a day applies that day.
create table betalingsregel (
    parameter  text   not null,
    gyldig_fra date   not null,
    verdi      bigint not null check (verdi >= 0),
    kilde      text   not null,
    primary key (parameter, gyldig_fra)
);
comment on table betalingsregel is 'Figures of the instalment-plan and postponement rules (decision 0058), each with its source; amounts in øre.';
insert into betalingsregel (parameter, gyldig_fra, verdi, kilde) values
 ('MINSTE_MAANEDSBELOEP_ORE', '2020-01-01', 50000,
  'Decision 0058: the sources (seed 001, DOMAIN.md) set no figure; 500 kr a month keeps an instalment above the cost of handling it.'),
 ('LENGSTE_NEDBETALING_MAANEDER', '2020-01-01', 60,
  'Decision 0058: at most 60 monthly instalments (5 years); longer is refused with the monthly amount that would do.'),
 ('LENGSTE_UTEN_SAKSBEHANDLER_MAANEDER', '2020-01-01', 24,
  'Decision 0058: up to 24 instalments approved by the rule; 25-60 go to a caseworker.'),
 ('HOEYESTE_BELOEP_UTEN_SAKSBEHANDLER_ORE', '2020-01-01', 20000000,
  'Decision 0058: plans over 200 000 kr in all go to a caseworker.'),
 ('FOERSTE_AVDRAG_TIDLIGST_DAGER', '2020-01-01', 14,
  'Decision 0058: the first instalment falls on the chosen day no earlier than 14 days after approval, so the letter reaches the debtor first.'),
 ('KARENSDAGER', '2020-01-01', 14,
  'Decision 0058: an instalment counts as missed when still unpaid 14 days after its due date (as the reminder term, decision 0037).'),
 ('MISLIGHOLDTE_AVDRAG_FOER_BRUDD', '2020-01-01', 2,
  'Decision 0058: a plan breaks when two instalments are missed.'),
 ('KARANTENE_ETTER_BRUDD_MAANEDER', '2020-01-01', 12,
  'Decision 0058: a debtor whose plan broke in the last 12 months gets a new plan only from a caseworker.'),
 ('UTSETTELSE_LENGSTE_DAGER', '2020-01-01', 90,
  'Decision 0058: a postponement is at most 90 days from the day applied for; longer is refused (apply for a plan instead).'),
 ('UTSETTELSE_HOEYESTE_BELOEP_UTEN_SAKSBEHANDLER_ORE', '2020-01-01', 5000000,
  'Decision 0058: postponements of more than 50 000 kr in all go to a caseworker.'),
 ('SAKSBEHANDLINGSFRIST_DAGER', '2020-01-01', 21,
  'Decision 0058: a caseworker decides within 3 weeks, as for complaints (seed 002).');

create sequence betalingssaknummer start with 1001;

-- An application (søknad) for a plan or a postponement and its outcome; a caseworker's decision is recorded on it.
create table betalingssak (
    id                 uuid primary key,
    saksnummer         bigint not null unique,
    slag               text   not null check (slag in ('BETALINGSAVTALE', 'UTSETTELSE')),
    skyldner           text   not null,
    mottatt            timestamptz not null,
    mottatt_dato       date   not null,
    maanedsbeloep_ore  bigint check (maanedsbeloep_ore > 0),
    dag_i_maaneden     int check (dag_i_maaneden between 1 and 28),
    ny_forfallsdato    date,
    totalbeloep_ore    bigint not null,
    status             text   not null check (status in ('TIL_SAKSBEHANDLER', 'AVSLAATT', 'GODKJENT', 'BRUTT', 'OPPFYLT')),
    grunn              text   not null,  -- why the rule decided as it did (Norwegian, shown to the debtor)
    frist              date,             -- a caseworker's deadline
    avgjort_av         text,
    avgjort            timestamptz,
    status_dato        date   not null,
    check ((slag = 'BETALINGSAVTALE') = (maanedsbeloep_ore is not null and dag_i_maaneden is not null)),
    check ((slag = 'UTSETTELSE') = (ny_forfallsdato is not null))
);
create index betalingssak_skyldner on betalingssak (skyldner);
create index betalingssak_til_behandling on betalingssak (frist) where status = 'TIL_SAKSBEHANDLER';
create index betalingssak_aktiv on betalingssak (skyldner) where status = 'GODKJENT' and slag = 'BETALINGSAVTALE';

create table betalingssak_krav (
    sak_id    uuid   not null references betalingssak (id),
    krav_id   uuid   not null,
    rekkefoelge int  not null,
    beloep_ore bigint not null,   -- what remained on the claim when applied for
    primary key (sak_id, krav_id)
);
create index betalingssak_krav_krav on betalingssak_krav (krav_id);

-- An approved plan's instalments, and how each is spread over the plan's claims (each part a kravforfall in the ledger).
create table avdrag (
    sak_id       uuid   not null references betalingssak (id),
    nummer       int    not null,
    forfallsdato date   not null,
    beloep_ore   bigint not null check (beloep_ore > 0),
    primary key (sak_id, nummer)
);
create table avdragsdel (
    sak_id          uuid   not null,
    avdrag_nummer   int    not null,
    krav_id         uuid   not null,
    kravforfall_nummer int not null,
    beloep_ore      bigint not null check (beloep_ore > 0),
    primary key (sak_id, avdrag_nummer, krav_id),
    foreign key (sak_id, avdrag_nummer) references avdrag (sak_id, nummer)
);

-- What happened in a case, who did it and why, and the letter it sent: the case history.
create table betalingssakhendelse (
    sak_id      uuid not null references betalingssak (id),
    nr          int  not null,
    tidspunkt   timestamptz not null,
    dato        date not null,
    hendelse    text not null,
    utfoert_av  text not null,
    begrunnelse text not null,
    dokument_id uuid,
    primary key (sak_id, nr)
);
