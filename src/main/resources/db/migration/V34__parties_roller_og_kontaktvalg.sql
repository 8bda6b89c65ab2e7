-- Module parties: who may act for an organisation (the business register's roles), and what a debtor says about how to
-- reach them (contact details and letter channel) on the debtor pages.

create table register_rolle (
    organisasjonsnummer char(9)  not null,
    foedselsnummer      char(11) not null,
    rolle               text     not null check (rolle in ('DAGL', 'LEDE', 'INNH', 'DTPR', 'DTSO', 'KOMP', 'REPR')),
    primary key (organisasjonsnummer, foedselsnummer, rolle)
);
create index register_rolle_person on register_rolle (foedselsnummer);
comment on table register_rolle is 'Local stand-in for the roles in Enhetsregisteret: the persons who may act for an organisation (synthetic).';
comment on column register_rolle.rolle is 'Enhetsregisteret role code: DAGL daglig leder, LEDE styrets leder, INNH innehaver, DTPR/DTSO deltaker, KOMP komplementar, REPR norsk representant.';

create table kontaktvalg (
    identifikator text        primary key,
    telefon       text,
    epost         text,
    adresse       text,
    postnummer    char(4),
    poststed      text,
    brevkanal     text        check (brevkanal in ('DIGITAL', 'POST')),
    endret        timestamptz not null,
    endret_av     text        not null
);
comment on table kontaktvalg is 'What a debtor (or one acting for an organisation) stated on the debtor pages: contact details, a postal address to use instead of the register''s, and the letter channel. Absent: the registers decide.';
comment on column kontaktvalg.identifikator is 'The debtor: fødselsnummer, d-nummer or organisasjonsnummer.';
comment on column kontaktvalg.adresse is 'Postal address for letters instead of the register''s (all of adresse, postnummer, poststed, or none).';
comment on column kontaktvalg.brevkanal is 'DIGITAL: letters in Altinn (and eFaktura/EHF where registered); POST: letters on paper. Null: as the dispatch registers say.';
comment on column kontaktvalg.endret_av is 'Who made the change: the person logged in (masked fødselsnummer), for the record.';
