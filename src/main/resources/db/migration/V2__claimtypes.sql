-- Module claimtypes: the creditors and the catalogue of claim types they may hand over. Data, not code:
-- a row can be added, renamed or deactivated with SQL and the API follows within a minute (cache refresh).

create table oppdragsgiver (
    organisasjonsnummer char(9) primary key,
    navn                text    not null,
    regelsett           text    not null check (regelsett in ('NAV', 'BRONNOYSUNDREGISTRENE', 'STANDARD'))
);
comment on table oppdragsgiver is 'Public creditors (oppdragsgivere) allowed to hand over claims.';
comment on column oppdragsgiver.organisasjonsnummer is 'The creditor''s organisation number, as named by the token''s consumer claim.';
comment on column oppdragsgiver.navn is 'Name shown to debtors on invoices and in overviews.';
comment on column oppdragsgiver.regelsett is 'Which creditor-specific validation rules of the creditor API apply (NAV, Brønnøysundregistrene, or none).';

create table kravtype (
    kode                                   text    primary key,
    oppdragsgiver                          char(9) not null references oppdragsgiver,
    navn_for_skyldner                      text    not null,
    aktiv                                  boolean not null default true,
    gjelder_person                         boolean not null,
    gjelder_organisasjon                   boolean not null,
    prioritetsgruppe                       char(1) not null check (prioritetsgruppe in ('a', 'b', 'c', 'd', 'e')),
    trekkperiode_maaneder                  integer check (trekkperiode_maaneder > 0),
    avvis_doed_skyldner                    boolean not null default false,
    tilleggsfrist_maks_maaneder            integer not null default 10,
    foreldelse_utgangspunkt_maks_maaneder  integer,
    renter_tillatt                         boolean not null default true,
    kan_endres_av_oppdragsgiver            boolean not null default true,
    kan_avskrives_av_oppdragsgiver         boolean not null default true,
    kilde                                  text    not null
);
comment on table kravtype is 'Catalogue of claim types (kravtyper) per creditor, with the rules that vary by type.';
comment on column kravtype.kode is 'Technical name used in the creditor API (e.g. TILBAKEKREVING_BARNETRYGD).';
comment on column kravtype.navn_for_skyldner is 'Name shown to the debtor on invoices and overviews (Norwegian).';
comment on column kravtype.aktiv is 'Inactive types are refused on create with kravtype-er-inaktiv.';
comment on column kravtype.gjelder_person is 'Whether a person may be the debtor.';
comment on column kravtype.gjelder_organisasjon is 'Whether an organisation may be the debtor.';
comment on column kravtype.prioritetsgruppe is 'Priority group for garnishment under dekningsloven § 2-8 first paragraph, letters a-e.';
comment on column kravtype.trekkperiode_maaneder is 'Longest garnishment period in months (§ 2-7: 24, or 60 for tax, fines, damages); null = no limit (support).';
comment on column kravtype.avvis_doed_skyldner is 'Asynchronous check PERSON_ER_DOED applies (NAV: TILBAKEKREVING_FORSKUTTERTE_DAGPENGER).';
comment on column kravtype.tilleggsfrist_maks_maaneder is 'How far back tilleggsfristEtterForeldelsesloven may lie, in months (10, or 11 for forskutterte dagpenger).';
comment on column kravtype.foreldelse_utgangspunkt_maks_maaneder is 'How far back foreldelsesfristensUtgangspunkt may lie, in months (Brønnøysund: 34 = 2 years 10 months); null = no limit.';
comment on column kravtype.renter_tillatt is 'Whether renteBeloep may be sent with a claim of this type.';
comment on column kravtype.kan_endres_av_oppdragsgiver is 'False: changes through the API are refused with 403 kravtypen-kan-ikke-endres.';
comment on column kravtype.kan_avskrives_av_oppdragsgiver is 'False: write-off through the API is refused with 403 kravtypen-kan-ikke-avskrives.';
comment on column kravtype.kilde is 'Where the row''s rules come from (published documentation, statute).';
