-- Module submissions: what a debtor sends us on the debtor pages for a decision (complaints, applications for waiver
-- or debt settlement), stored as received with its documents. Module tasks: the caseworkers' queue, with deadlines.

create table klage (
    klage_id                    uuid        primary key,
    skyldner                    text        not null,
    innsendt_av                 text        not null,
    tema                        text        not null check (tema in ('UTLEGGSTREKK', 'SAKSBEHANDLINGEN', 'KRAVET', 'MOTREGNING', 'UTLEGGSPANT', 'ANNET')),
    krav_id                     uuid,
    begrunnelse                 text        not null,
    oensket_utfall              text        not null,
    bekreftet_som_underskrift   boolean     not null check (bekreftet_som_underskrift),
    videresendes_oppdragsgiver  boolean     not null,
    oppdragsgiver               text,
    mottatt                     timestamptz not null,
    svarfrist                   date        not null,
    status                      text        not null default 'MOTTATT' check (status in ('MOTTATT', 'AVGJORT')),
    kvittering_dokument_id      uuid
);
create index klage_skyldner on klage (skyldner);
comment on table klage is 'A complaint (klage) as the debtor sent it on the debtor pages (source document 002): what it is about, why, the outcome sought, confirmed as signed.';
comment on column klage.skyldner is 'The debtor the complaint is for: the person, or the organisation the person acted for.';
comment on column klage.innsendt_av is 'The person logged in who sent and confirmed (signed) it: fødselsnummer.';
comment on column klage.tema is 'What it is about: garnishment (UTLEGGSTREKK), the handling (SAKSBEHANDLINGEN), the claim itself (KRAVET), offset (MOTREGNING), lien (UTLEGGSPANT), other.';
comment on column klage.krav_id is 'The claim it concerns, when the debtor named one (always the debtor''s own).';
comment on column klage.videresendes_oppdragsgiver is 'True for a complaint about the claim itself: after our own review it goes to the creditor who set the claim (source document 002).';
comment on column klage.svarfrist is 'The day by which we answer: 3 weeks after receipt (source document 002).';
comment on column klage.kvittering_dokument_id is 'The receipt letter (module letters).';

create table soeknad (
    soeknad_id                  uuid        primary key,
    skyldner                    text        not null,
    innsendt_av                 text        not null,
    slag                        text        not null check (slag in ('ETTERGIVELSE', 'GJELDSORDNING')),
    begrunnelse                 text        not null,
    oekonomi                    text        not null,
    bekreftet_som_underskrift   boolean     not null check (bekreftet_som_underskrift),
    mottatt                     timestamptz not null,
    svarfrist                   date        not null,
    status                      text        not null default 'MOTTATT' check (status in ('MOTTATT', 'AVGJORT')),
    kvittering_dokument_id      uuid
);
create index soeknad_skyldner on soeknad (skyldner);
comment on table soeknad is 'An application for waiver (ettergivelse) or debt settlement (gjeldsordning) of the debtor''s claims, as sent on the debtor pages.';
comment on column soeknad.oekonomi is 'The debtor''s own account of income, expenses, debts and household.';
comment on column soeknad.svarfrist is 'The day the caseworker queue counts its deadline to (data: submissions/frister.properties).';

create table innsendt_vedlegg (
    vedlegg_id   uuid    primary key,
    klage_id     uuid    references klage (klage_id),
    soeknad_id   uuid    references soeknad (soeknad_id),
    nummer       int     not null,
    filnavn      text    not null,
    mediatype    text    not null check (mediatype in ('application/pdf', 'image/jpeg', 'image/png')),
    stoerrelse   int     not null check (stoerrelse > 0),
    sha256       text    not null,
    innhold      bytea   not null,
    check ((klage_id is null) <> (soeknad_id is null))
);
create index innsendt_vedlegg_klage on innsendt_vedlegg (klage_id);
create index innsendt_vedlegg_soeknad on innsendt_vedlegg (soeknad_id);
comment on table innsendt_vedlegg is 'A document attached to a complaint or an application, stored as received. Its type is what its content is (magic bytes), never what its name says.';
comment on column innsendt_vedlegg.filnavn is 'The file name the debtor''s browser gave, cleaned of path and control characters; for display only.';

create table oppgave (
    oppgave_id  uuid        primary key,
    type        text        not null,
    referanse   text        not null,
    skyldner    text        not null,
    tittel      text        not null,
    rolle       text        not null,
    opprettet   timestamptz not null,
    frist       date        not null,
    status      text        not null default 'AAPEN' check (status in ('AAPEN', 'AVSLUTTET')),
    avsluttet   timestamptz,
    unique (type, referanse)
);
create index oppgave_aapne on oppgave (rolle, frist) where status = 'AAPEN';
comment on table oppgave is 'The caseworkers'' queue: one task per thing that needs a decision, with the day it must be decided by. The desk reads it; the module that owns the case closes it.';
comment on column oppgave.type is 'KLAGE, ETTERGIVELSE, GJELDSORDNING, BETALINGSAVTALE, …';
comment on column oppgave.referanse is 'The case in its owning module, e.g. klage:<uuid>.';
comment on column oppgave.rolle is 'The caseworker role (Saksbehandlerrolle) that may see and decide it.';
