-- A letter is stored when it is sent, with everything it says (grunnlag); its PDF or EHF file is laid out afterwards by
-- the letters module's printer, or on first read (decision 0066). Letters sent before this already have their file.
alter table brevdokument alter column innhold drop not null;
alter table brevdokument add column grunnlag text;
alter table brevdokument add constraint brevdokument_innhold_eller_grunnlag check (innhold is not null or grunnlag is not null);
create index brevdokument_ikke_laget on brevdokument (sendt, dokument_id) where innhold is null;
comment on column brevdokument.grunnlag is 'What the letter says, as sent (JSON of the letter and its receiver''s address): the file is laid out from it.';
comment on column brevdokument.innhold is 'The letter''s file as laid out (PDF or EHF); null until the printer or the first read lays it out.';
