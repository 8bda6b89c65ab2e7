-- Module invoicing: invoices and credit notes, their KID, due date, dispatch channel and documents.

create sequence fakturanummer start with 2026000001;

create table faktura (
    fakturanummer       bigint      primary key,
    type                text        not null check (type in ('FAKTURA', 'KREDITNOTA')),
    krav_id             uuid        not null,
    skyldner            text        not null,
    skyldner_type       text        not null check (skyldner_type in ('PERSON', 'ORGANISASJON')),
    kid                 text        unique,
    fakturadato         date        not null,
    forfallsdato        date,
    beloep_ore          bigint      not null check (beloep_ore > 0),
    gjelder_faktura     bigint      references faktura,
    kanal               text        check (kanal in ('EFAKTURA', 'ALTINN', 'POST', 'EHF')),
    status              text        not null check (status in ('NY', 'SENDT')),
    sendt               timestamptz,
    opprettet           timestamptz not null
);
create unique index faktura_en_per_krav on faktura (krav_id) where type = 'FAKTURA';
create index faktura_krav on faktura (krav_id);
create index faktura_skyldner on faktura (skyldner);
create index faktura_ny on faktura (fakturanummer) where status = 'NY';
comment on table faktura is 'An invoice for a booked claim (one per claim), or a credit note when the creditor lowers or withdraws it.';
comment on column faktura.kid is 'KID to pay the claim with: the invoice number and a mod-10 (Luhn) check digit. Null on credit notes.';
comment on column faktura.forfallsdato is 'Due date: invoice date plus the claim type''s betalingsfrist_dager.';
comment on column faktura.beloep_ore is 'Amount invoiced (or credited) in øre.';
comment on column faktura.kanal is 'Dispatch channel chosen when sent (source document 001): persons eFaktura, else Altinn, else post; organisations EHF, else Altinn.';

create table fakturadokument (
    fakturanummer bigint primary key references faktura,
    mediatype     text   not null,
    innhold       bytea  not null
);
comment on table fakturadokument is 'The document sent: a PDF letter (post, Altinn, eFaktura) or an EHF (PEPPOL BIS Billing 3.0) UBL file.';
