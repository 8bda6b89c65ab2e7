-- Module limitation: events that interrupt limitation (foreldelsesloven §§ 14, 17, 21) other than payments placed,
-- which the ledger already shows. Written by the modules that take the step (plans, garnishment, liens, offset).
create table fristavbrudd (
    krav_id  uuid        not null,
    dato     date        not null,
    slag     varchar(20) not null check (slag in ('DELBETALING', 'ERKJENNELSE', 'UTLEGG', 'TVANGSGRUNNLAG')),
    kilde    varchar(200) not null,
    registrert timestamptz not null default now(),
    primary key (krav_id, dato, slag, kilde)
);

-- Module suspension: collection on a claim held (enforcement suspended on a complaint or appeal, an instalment plan,
-- a postponement), from a day until a day or until lifted.
create table innkrevingsstans (
    krav_id uuid        not null,
    grunn   varchar(30) not null check (grunn in ('UTSATT_IVERKSETTELSE', 'BETALINGSAVTALE', 'BETALINGSUTSETTELSE')),
    kilde   varchar(200) not null,
    fra     date        not null,
    til     date,
    registrert timestamptz not null default now(),
    primary key (krav_id, grunn, kilde),
    check (til is null or til >= fra - 1)
);
create index innkrevingsstans_kilde on innkrevingsstans (kilde);
