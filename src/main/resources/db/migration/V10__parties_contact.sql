-- Module parties: postal addresses from the registers, and the local stand-in for the dispatch registers.

alter table register_person add column adresse text, add column postnummer char(4), add column poststed text;
alter table register_enhet add column adresse text, add column postnummer char(4), add column poststed text;
comment on column register_person.adresse is 'Postal address line as the population register has it (synthetic).';
comment on column register_enhet.adresse is 'Postal address line as the business register has it (synthetic).';

create table kanalregister (
    identifikator          text    primary key,
    efaktura               boolean not null default false,
    reservert_mot_digital  boolean not null default false,
    ehf_mottaker           boolean not null default false
);
comment on table kanalregister is 'Local stand-in for the dispatch registers: eFaktura agreements in online banks, the contact and reservation register (reservation against digital mail), and the ELMA register of EHF receivers.';
comment on column kanalregister.efaktura is 'The person has an eFaktura agreement with the authority in their online bank.';
comment on column kanalregister.reservert_mot_digital is 'The person has reserved against digital mail: letters go by post.';
comment on column kanalregister.ehf_mottaker is 'The organisation is registered in ELMA as a receiver of EHF invoices.';
