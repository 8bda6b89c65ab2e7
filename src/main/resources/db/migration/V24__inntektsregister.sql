-- Module garnishment: the local stand-in for the income register (a-ordningen, A-meldingen): who pays a person what
-- per month. One row per person, payer and kind of payment, valid for a run of months (the a-ordning reports each
-- month; a run of equal months is held as one row). Amounts in øre, whole kroner.
create table inntektsregister_utbetaling (
    foedselsnummer     char(11)    not null,
    trekkpliktig       char(9)     not null,
    art                varchar(20) not null check (art in ('LOENN', 'PENSJON', 'TRYGDEYTELSE', 'BIINNTEKT')),
    fra_maaned         date        not null check (extract(day from fra_maaned) = 1),
    til_maaned         date        check (til_maaned is null or (extract(day from til_maaned) = 1 and til_maaned >= fra_maaned)),
    brutto_ore         bigint      not null check (brutto_ore >= 0 and brutto_ore % 100 = 0),
    forskuddstrekk_ore bigint      not null check (forskuddstrekk_ore >= 0 and forskuddstrekk_ore <= brutto_ore and forskuddstrekk_ore % 100 = 0),
    kilde              varchar(200) not null,
    primary key (foedselsnummer, trekkpliktig, art, fra_maaned)
);
comment on table inntektsregister_utbetaling is 'Local income register (a-ordningen): payments to a person per payer and kind, by month.';
comment on column inntektsregister_utbetaling.trekkpliktig is 'The payer (opplysningspliktig) organisation number; the one a garnishment order goes to.';
comment on column inntektsregister_utbetaling.fra_maaned is 'First month (first day of it) the payment is reported.';
comment on column inntektsregister_utbetaling.til_maaned is 'Last month reported (first day of it); null while it runs.';
