-- A hold on collection that an upheld complaint put on a claim (utsatt iverksettelse, decision 0062), lifted by a
-- caseworker when the claim is settled (the creditor has upheld it): who, when, why, and the letter (decision 0083).
-- One lift a complaint: the key makes a second one fail.
create table klagestans_opphevet (
    klage_id         uuid        primary key,
    skyldner         text        not null,
    opphevet         date        not null,
    begrunnelse      text        not null,
    saksbehandler    text        not null,
    registrert       timestamptz not null,
    brev_dokument_id uuid        not null
);
comment on table klagestans_opphevet is 'A complaint''s hold on collection lifted by a caseworker: who, when, why, and the letter.';
