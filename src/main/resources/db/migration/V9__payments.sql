-- Module payments: bank files as received, the payments in them, refunds.

create table bankfil (
    bankfil_id   uuid        primary key,
    filnavn      text        not null,
    sha256       text        not null unique,
    storrelse    bigint      not null,
    kilde        text        not null check (kilde in ('INNBOKS', 'OPPLASTING')),
    format       text,
    mottatt      timestamptz not null,
    status       text        not null check (status in ('UNDER_BEHANDLING', 'BEHANDLET', 'DELVIS_BEHANDLET', 'AVVIST')),
    antall_poster integer    not null default 0,
    antall_feil  integer     not null default 0,
    antall_nye   integer     not null default 0,
    sum_ore      bigint      not null default 0,
    rapport      text
);
comment on table bankfil is 'Every bank file received, by content hash: the same content twice is one file with one effect.';
comment on column bankfil.rapport is 'What the import did, in Norwegian: counts, sums, and each record refused with its line/element.';

create table innbetaling (
    innbetaling_id   uuid        primary key,
    bankfil_id       uuid        not null references bankfil,
    bankreferanse    text        not null unique,
    innbetalingsdato date        not null,
    bokfoeringsdato  date        not null,
    beloep_ore       bigint      not null check (beloep_ore > 0),
    kid              text,
    skyldner         text,
    utpekt_krav      uuid,
    fra_konto        text,
    fra_navn         text,
    til_konto        text,
    fritekst         text,
    plassering_i_fil text,
    registrert       timestamptz not null
);
create index innbetaling_skyldner on innbetaling (skyldner, innbetalingsdato);
comment on table innbetaling is 'One incoming payment from a bank file. Where its money went is in the ledger (postings with this innbetaling_id).';
comment on column innbetaling.bankreferanse is 'The bank''s own unique reference; a payment seen again in another file is not booked twice.';
comment on column innbetaling.skyldner is 'The debtor the payment belongs to: from the KID, or set by a caseworker; null while in suspense.';
comment on column innbetaling.utpekt_krav is 'The claim the payer designated with the KID.';

create table utbetaling (
    utbetaling_id  uuid        primary key,
    innbetaling_id uuid        not null references innbetaling,
    skyldner       text        not null,
    beloep_ore     bigint      not null check (beloep_ore > 0),
    til_konto      text,
    til_navn       text,
    status         text        not null check (status in ('KLAR', 'SENDT')),
    opprettet      date        not null
);
create index utbetaling_skyldner on utbetaling (skyldner, opprettet);
comment on table utbetaling is 'A refund of an overpayment to the debtor: a payout instruction for the bank (pain.001).';
