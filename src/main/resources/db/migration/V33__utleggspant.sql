-- Module liens: liens (utleggspant) the collection authority takes as særnamsmann in a debtor's asset for their
-- claims (tvangsfullbyrdelsesloven kap. 7; panteloven kap. 5), or asks the local enforcement officer (namsmannen)
-- to take in movables; each with its claims, its status history (who, when, why) and the request document.
create table utleggspant (
    id               uuid         primary key,
    saksnummer       bigint       generated always as identity unique,
    skyldner         varchar(11)  not null,
    art              varchar(20)  not null,
    identifikator    varchar(64)  not null,
    beskrivelse      varchar(200) not null,
    rettsvern        varchar(30)  not null check (rettsvern in ('TINGLYSING_GRUNNBOKEN', 'UNDERRETNING_BANKEN', 'REGISTRERING_VPS', 'BEGJAERING_NAMSMANNEN')),
    status           varchar(30)  not null check (status in ('BEGJAERT_HOS_NAMSMANNEN', 'REGISTRERT', 'TVANGSSALG_BEGJAERT', 'SLETTET')),
    besluttet_dato   date         not null,
    klagefrist       date         not null,
    saksbehandler    varchar(100) not null,
    brev_dokument_id uuid,
    begjaering_pdf   bytea,
    opprettet        timestamptz  not null default now()
);
create index utleggspant_skyldner on utleggspant (skyldner);
create index utleggspant_aktive on utleggspant (skyldner) where status <> 'SLETTET';
comment on table utleggspant is 'Liens (utleggspant) on a debtor''s assets for their claims, ours as særnamsmann or requested from namsmannen for movables';
comment on column utleggspant.saksnummer is 'The number the debtor quotes (UP-<saksnummer>) in the letter and a complaint';
comment on column utleggspant.art is 'Kind of asset (parties.Formuesgodeart)';
comment on column utleggspant.identifikator is 'The asset''s identifier in its register (normalised), as at the decision';
comment on column utleggspant.beskrivelse is 'The asset as the register described it at the decision';
comment on column utleggspant.rettsvern is 'How the lien is perfected: registration in grunnboken, notice to the bank, registration in VPS, or a request to namsmannen (movables)';
comment on column utleggspant.status is 'Current status; the history is in utleggspant_hendelse';
comment on column utleggspant.besluttet_dato is 'Day of the decision (or the request to namsmannen); the day limitation was interrupted';
comment on column utleggspant.klagefrist is 'Last day to complain of the choice of asset: one month after the debtor was told (tvangsfullbyrdelsesloven § 7-26), moved to a business day';
comment on column utleggspant.saksbehandler is 'Who decided it (the caseworker''s ident from the token)';
comment on column utleggspant.brev_dokument_id is 'The letter to the debtor (module letters)';
comment on column utleggspant.begjaering_pdf is 'The request to namsmannen (PDF), for movables; null otherwise';

create table utleggspant_krav (
    pant_id    uuid   not null references utleggspant (id),
    krav_id    uuid   not null,
    beloep_ore bigint not null check (beloep_ore > 0),
    primary key (pant_id, krav_id)
);
create index utleggspant_krav_krav on utleggspant_krav (krav_id);
comment on table utleggspant_krav is 'The claims a lien secures, with what remained of each at the decision (øre)';

create table utleggspant_hendelse (
    id           bigserial    primary key,
    pant_id      uuid         not null references utleggspant (id),
    status       varchar(30)  not null,
    dato         date         not null,
    tidspunkt    timestamptz  not null,
    hvem         varchar(100) not null,
    begrunnelse  varchar(500) not null,
    dokument_id  uuid
);
create index utleggspant_hendelse_pant on utleggspant_hendelse (pant_id, id);
comment on table utleggspant_hendelse is 'Each status a lien took: when (date and instant), who (caseworker ident or the daily run) and why';
comment on column utleggspant_hendelse.dokument_id is 'The letter to the debtor that told of this step (module letters), if one was sent';
