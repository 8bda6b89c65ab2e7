-- Module payments: bank reversals, refunds cancelled by a reversal, and what each file's total went to.

create table tilbakefoering (
    tilbakefoering_id uuid        primary key,
    bankfil_id        uuid        not null references bankfil,
    bankreferanse     text        not null unique,
    innbetaling_id    uuid        not null unique references innbetaling,
    beloep_ore        bigint      not null check (beloep_ore > 0),
    bokfoeringsdato   date        not null,
    registrert        timestamptz not null
);
comment on table tilbakefoering is 'A bank reversal of an incoming payment (camt.054 DBIT with RvslInd, OCR giro reversal types): the payment''s postings are reversed in the ledger (transaction INNBETALING_TILBAKEFOERT).';
comment on column tilbakefoering.bankreferanse is 'The reversal''s own bank reference; the same reversal in another file has no second effect.';

alter table utbetaling drop constraint utbetaling_status_check;
alter table utbetaling add constraint utbetaling_status_check check (status in ('KLAR', 'SENDT', 'ANNULLERT'));
comment on column utbetaling.status is 'KLAR: to be paid out; SENDT: sent to the bank; ANNULLERT: the payment it refunded was reversed by the bank before it was sent.';

alter table bankfil add column sum_tidligere_mottatt_ore bigint not null default 0;
alter table bankfil add column antall_tilbakefoeringer integer not null default 0;
alter table bankfil add column sum_tilbakefoeringer_ore bigint not null default 0;
comment on column bankfil.sum_ore is 'Sum of the payments read from the file (refused records are listed in the report, not summed here).';
comment on column bankfil.sum_tidligere_mottatt_ore is 'Part of sum_ore whose bank references were booked from an earlier file: the file ties when sum_ore = its own payments + this.';
comment on column bankfil.sum_tilbakefoeringer_ore is 'Sum of the reversals read from the file; each is booked (tilbakefoering) or refused in the report.';

alter table bankfil drop constraint bankfil_status_check;
alter table bankfil add constraint bankfil_status_check check (status in ('UNDER_BEHANDLING', 'BEHANDLET', 'DELVIS_BEHANDLET', 'AVVIST'));
