-- Module desk: the caseworkers' decisions on complaints and applications, with who, when and why (issue 21).

create table saksvedtak (
    vedtak_id          uuid        primary key,
    sakstype           text        not null check (sakstype in ('KLAGE', 'ETTERGIVELSE', 'GJELDSORDNING')),
    sak_id             uuid        not null unique,
    skyldner           text        not null,
    utfall             text        not null check (utfall in ('IKKE_TATT_TIL_FOELGE', 'TATT_TIL_FOELGE', 'AVSLAATT', 'INNVILGET')),
    virkning           text        check (virkning in ('STANS', 'SLETTING', 'ETTERGIVELSE')),
    krav_ider          uuid[]      not null default '{}',
    begrunnelse        text        not null check (length(begrunnelse) between 1 and 4000),
    saksbehandler      text        not null,
    vedtatt            timestamptz not null,
    avskrevet_ore      bigint      not null default 0 check (avskrevet_ore >= 0),
    tilbakebetalt_ore  bigint      not null default 0 check (tilbakebetalt_ore >= 0),
    brev_dokument_id   uuid
);
create index saksvedtak_skyldner on saksvedtak (skyldner);
comment on table saksvedtak is 'A caseworker''s decision on a complaint (klage) or an application (ettergivelse, gjeldsordning): the outcome, what it did to the claims, who decided, when and why, and the letter sent. One per case.';
comment on column saksvedtak.virkning is 'What an upheld complaint or granted waiver did: STANS (collection suspended, forvaltningsloven § 42), SLETTING (claim deleted, paid refunded), ETTERGIVELSE (remaining written off).';
comment on column saksvedtak.avskrevet_ore is 'What remained on the claims and was written off by the decision.';
comment on column saksvedtak.tilbakebetalt_ore is 'What had been paid on a deleted claim and is owed back to the payers.';
comment on column saksvedtak.saksbehandler is 'The caseworker''s ident.';
