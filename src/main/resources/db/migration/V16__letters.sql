-- Module letters: every letter sent to a debtor, stored as sent and retrievable by id. The invoice documents move
-- here from invoicing (which keeps only invoices, KIDs and credit notes, and the id of the letter that carried each).
-- Each fact has one owner: the creditor's reference is intake's (changed through the creditor API), so the ledger's
-- copy, which no change reached, goes; the debtor's kind is the identifier's own (parties' Skyldner), so invoicing's
-- copy of it goes too.

create table brevdokument (
    dokument_id uuid        primary key,
    brevslag    text        not null,
    nummer      text        not null,
    mottaker    text        not null,
    kanal       text        not null check (kanal in ('EFAKTURA', 'ALTINN', 'POST', 'EHF')),
    mediatype   text        not null,
    innhold     bytea       not null,
    sendt       timestamptz not null
);
create index brevdokument_mottaker on brevdokument (mottaker);
comment on table brevdokument is 'A letter as sent to a debtor: a PDF letter (post, Altinn, eFaktura) or an EHF (PEPPOL BIS Billing 3.0) UBL file.';
comment on column brevdokument.brevslag is 'The kind of letter (FAKTURA, KREDITNOTA; later reminders, notices, decisions, complaint receipts).';
comment on column brevdokument.nummer is 'The number the debtor quotes back (invoice or credit note number).';
comment on column brevdokument.mottaker is 'The debtor''s identifier (fødselsnummer, d-nummer or organisasjonsnummer).';
comment on column brevdokument.kanal is 'Dispatch channel (source document 001): persons eFaktura, else Altinn, else post; organisations EHF, else Altinn.';

alter table faktura add column dokument_id uuid;
comment on column faktura.dokument_id is 'The letter (brevdokument, module letters) that carried this invoice or credit note; null until sent.';

alter table fakturadokument add column dokument_id uuid not null default gen_random_uuid();
insert into brevdokument (dokument_id, brevslag, nummer, mottaker, kanal, mediatype, innhold, sendt)
select d.dokument_id, f.type, f.fakturanummer::text, f.skyldner,
       coalesce(f.kanal, case when d.mediatype = 'application/xml' then 'EHF' else 'ALTINN' end),
       d.mediatype, d.innhold, coalesce(f.sendt, f.opprettet)
from fakturadokument d join faktura f using (fakturanummer);
update faktura f set dokument_id = d.dokument_id from fakturadokument d where d.fakturanummer = f.fakturanummer;
drop table fakturadokument;

alter table faktura drop column skyldner_type;
alter table reskontro_krav drop column oppdragsgivers_referanse;
