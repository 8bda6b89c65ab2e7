-- Module ledger: a claim's due dates (kravforfall) are the ledger's facts, one or more per claim (decision 0023).

create table kravforfall (
    krav_id       uuid        not null references reskontro_krav,
    nummer        integer     not null check (nummer > 0),
    forfallsdato  date        not null,
    beloep_ore    bigint      not null check (beloep_ore > 0),
    opprettet     timestamptz not null,
    primary key (krav_id, nummer)
);
comment on table kravforfall is 'A claim''s due dates (kravforfall): the amount due on each date. One when the claim is invoiced; '
    'instalment plans add more. Set through the ledger''s API; the other modules read them there.';
comment on column kravforfall.nummer is 'Order of the due dates within the claim, 1 the first; the claim falls due (for allocation, '
    'holding and late-payment interest) on the date of number 1.';
comment on column kravforfall.forfallsdato is 'Due date, a business day: a term ending on a Saturday, Sunday, public holiday or '
    'statutory day of celebration ends on the next business day (skattebetalingsloven § 10-2).';
comment on column kravforfall.beloep_ore is 'Amount due on this date in øre (for the invoice: the amount invoiced).';

-- The due dates invoicing kept on its invoices move here, so nothing is lost; the invoice then keeps none.
insert into kravforfall (krav_id, nummer, forfallsdato, beloep_ore, opprettet)
select f.krav_id, 1, f.forfallsdato, f.beloep_ore, f.opprettet
from faktura f join reskontro_krav k on k.krav_id = f.krav_id
where f.type = 'FAKTURA' and f.forfallsdato is not null
on conflict do nothing;
alter table faktura drop column forfallsdato;

-- Module claimtypes: the payment term is catalogue data with its source; no default, so a new type must state its own.
alter table kravtype alter column betalingsfrist_dager drop default;
alter table kravtype add column betalingsfrist_kilde text;
update kravtype set betalingsfrist_kilde = 'Innkrevingsmyndighetens praksis: faktura med 21 dagers betalingsfrist (Skatteetaten, '
    'Innkrevingsoppdrag: "Vi fakturerer skyldneren så snart kravet er registrert"); kildedokument 001';
alter table kravtype alter column betalingsfrist_kilde set not null;
comment on column kravtype.betalingsfrist_dager is 'Payment term in days, counted from the day the invoice is sent (the day itself not '
    'counted, domstolloven § 148); a due date off a business day moves to the next (skattebetalingsloven § 10-2). Decision 0024.';
comment on column kravtype.betalingsfrist_kilde is 'Where the payment term of this type comes from (statute, regulation, the creditor''s '
    'agreement or the authority''s practice).';
