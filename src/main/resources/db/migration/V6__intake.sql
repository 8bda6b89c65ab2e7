-- Module intake: what creditors send through the creditor API, stored as received, and the claims' receipt status.

create table mottatt_melding (
    melding_id      bigint generated always as identity primary key,
    transaksjonsid  uuid        not null unique,
    oppdragsgiver   char(9)     not null,
    kravidentifikator uuid,
    meldingstype    text        not null,
    mottatt         timestamptz not null,
    korrelasjonsid  text,
    klientid        text,
    innhold         text        not null,
    http_status     integer     not null,
    feiltype        text,
    virkning        boolean     not null
);
create index mottatt_melding_krav on mottatt_melding (kravidentifikator) where kravidentifikator is not null;
comment on table mottatt_melding is 'Every request received on the creditor API, the body exactly as received, with its answer.';
comment on column mottatt_melding.transaksjonsid is 'Our id of the request: the transaksjonsid answered for changes and write-offs.';
comment on column mottatt_melding.meldingstype is 'OPPRETT, HOVEDSTOL, RENTER, OPPDRAGSGIVERS_REFERANSE, AVSKRIVING.';
comment on column mottatt_melding.innhold is 'The request body as received (text, unparsed), truncated to 1 MB if larger.';
comment on column mottatt_melding.http_status is 'The status we answered with.';
comment on column mottatt_melding.feiltype is 'The problem type suffix when refused.';
comment on column mottatt_melding.virkning is 'True when the request changed something; false for refusals and repeats with no second effect.';

create table innkrevingsoppdrag (
    kravidentifikator                  uuid        primary key,
    oppdragsgiver                      char(9)     not null,
    oppdragsgivers_kravidentifikator   text,
    kravtype                           text        not null,
    skyldner_type                      text        not null,
    skyldner                           text        not null,
    hovedstol_ore                      bigint      not null,
    renter                             jsonb       not null default '[]',
    oppdragsgivers_referanse           text        not null,
    fastsettelsesdato                  date        not null,
    foreldelsesfristens_utgangspunkt   date,
    tilleggsfrist_etter_foreldelsesloven date,
    tilleggsinformasjon                jsonb,
    mottaksstatus                      text        not null,
    status_oppdatert                   timestamptz not null,
    avskrevet                          timestamptz,
    mottatt                            timestamptz not null
);
create unique index innkrevingsoppdrag_oppdragsgivers_id
    on innkrevingsoppdrag (oppdragsgiver, oppdragsgivers_kravidentifikator);
create index innkrevingsoppdrag_venter on innkrevingsoppdrag (mottatt) where mottaksstatus = 'MOTTATT_UNDER_BEHANDLING';
create index innkrevingsoppdrag_skyldner on innkrevingsoppdrag (oppdragsgiver, skyldner);
comment on table innkrevingsoppdrag is 'A claim handed over by a creditor, as the creditor currently states it, with its receipt status.';
comment on column innkrevingsoppdrag.hovedstol_ore is 'Principal as currently set by the creditor, in øre (the API speaks whole kroner).';
comment on column innkrevingsoppdrag.renter is 'Interest lines as currently set by the creditor: [{beloepOre, renterIlagtDato, rentetype}].';
comment on column innkrevingsoppdrag.mottaksstatus is 'MOTTATT_UNDER_BEHANDLING until the asynchronous checks have run; then RESKONTROFOERT or VALIDERINGSFEIL.';
comment on column innkrevingsoppdrag.avskrevet is 'When the creditor wrote the claim off; null while active.';

create table valideringsfeil (
    kravidentifikator uuid not null references innkrevingsoppdrag,
    nr                integer not null,
    error             text not null,
    message           text not null,
    primary key (kravidentifikator, nr)
);
comment on table valideringsfeil is 'Errors found by the asynchronous checks, as shown on /valideringsfeil.';
