-- Module ledger: transactions that span a debtor's claims (payments), postings on payments, accrued interest.

alter table transaksjon alter column krav_id drop not null;
alter table transaksjon add column skyldner text;
alter table transaksjon add column innbetaling_id uuid;
comment on column transaksjon.krav_id is 'The claim the event concerns; null when it spans several claims of one debtor (a payment).';
comment on column transaksjon.skyldner is 'The debtor of every claim the transaction touches; null for a payment not yet tied to a debtor (suspense).';
comment on column transaksjon.innbetaling_id is 'The incoming payment a payment transaction moves (module payments owns it).';

alter table postering alter column krav_id drop not null;
alter table postering add column innbetaling_id uuid;
create index postering_innbetaling on postering (innbetaling_id) where innbetaling_id is not null;
create index postering_uplassert on postering (innbetaling_id) where konto = 'UPLASSERT';
comment on column postering.krav_id is 'Claim of the posting; null on BANK, UPLASSERT and TIL_UTBETALING, which belong to a payment.';
comment on column postering.innbetaling_id is 'Payment of the posting on BANK, UPLASSERT, TIL_UTBETALING, and on claim lines paid by it.';
comment on column postering.konto is 'SKYLDNER_FORDRING: what the debtor owes on a claim line; OPPDRAGSGIVER_OVERTATT: counter-entry for claims taken over; '
    'BANK: money received on our account; UPLASSERT: received money not (yet) placed on a claim (suspense, held overpayment); '
    'TIL_UTBETALING: money to be paid back to the debtor; FORSINKELSESRENTE_OPPTJENT: counter-entry for late-payment interest.';
comment on column postering.art is 'FASTSATT: an amount the creditor set (booking, change); AVSKREVET: written off; INNBETALT: money received; '
    'PLASSERT: a payment placed on a claim line or taken out of suspense; TILBAKEBETALING: refund to the debtor; RENTE_PAALOEPT: late-payment interest accrued.';

-- Module claimtypes: what invoicing, interest and the debtor's view need per claim type.
alter table kravtype add column kravgruppe text not null default 'Øvrige offentlige krav';
alter table kravtype add column betalingsfrist_dager integer not null default 21 check (betalingsfrist_dager between 0 and 365);
alter table kravtype add column forsinkelsesrente boolean not null default false;
comment on column kravtype.kravgruppe is 'Claim group shown to debtors and summed per group in Krav og betalinger (published code list: Skatt, Andre krav, Tilbakebetalingskrav, Øvrige offentlige krav, ...).';
comment on column kravtype.betalingsfrist_dager is 'Days from the invoice date to the due date.';
comment on column kravtype.forsinkelsesrente is 'Whether late-payment interest (morarenteloven) accrues on overdue principal of this type.';
update kravtype set kravgruppe = 'Tilbakebetalingskrav' where oppdragsgiver = '889640782';
-- NAV sets its own interest on repayment claims (STRAFFERENTE, sent with the claim); late-payment interest under
-- morarenteloven is charged here on the other creditors' claims (SI-loven claims: fees, coercive fines, contributions).
update kravtype set forsinkelsesrente = true where oppdragsgiver <> '889640782';

alter table reskontro_krav add column oppdragsgivers_referanse text;
comment on column reskontro_krav.oppdragsgivers_referanse is 'The creditor''s reference (oppdragsgiversReferanse), printed on the invoice.';
