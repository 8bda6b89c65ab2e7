-- Money offset on a claim and paid back when the claim was lowered or deleted (decisions 0081, 0082): what, when, why,
-- and the letter that told the debtor, so the claim's caseworker view can list it.
create table motregning_tilbakebetalt (
    motkrav_id  uuid        not null references motkrav,
    krav_id     uuid        not null,
    dato        date        not null,
    beloep_ore  bigint      not null check (beloep_ore > 0),
    grunn       text        not null,
    dokument_id uuid        not null,
    registrert  timestamptz not null
);
create index motregning_tilbakebetalt_krav on motregning_tilbakebetalt (krav_id);
comment on table motregning_tilbakebetalt is 'Offset money paid back to the debtor, a row each payback, with its letter.';
