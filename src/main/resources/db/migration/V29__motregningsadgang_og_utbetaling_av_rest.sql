-- Offset (motregning), issue 20. Two owners' data: the claim-type catalogue says which kinds of amounts the state owes
-- a debtor each claim type may be offset against, and in which rank; payments' payout instructions may now pay out
-- what is left of such an amount after offset, not only a payment's overpayment.

alter table kravtype add column motregning_arter text[] not null default '{}';
alter table kravtype add column motregning_rang integer not null default 1 check (motregning_rang between 1 and 99);
alter table kravtype add column motregning_kilde text;
comment on column kravtype.motregning_arter is 'Kinds of amounts the state owes a debtor that claims of this type may be offset against '
    '(SKATTEOPPGJOER, MERVERDIAVGIFT, NAV_ETTERBETALING, LANDBRUKSTILSKUDD); empty: never offset. Source in motregning_kilde.';
comment on column kravtype.motregning_rang is 'Order of offset between claim types: rank 1 first; inside a rank the oldest due date first.';
comment on column kravtype.motregning_kilde is 'Where the row''s offset rules come from.';

-- NAV's claims: NAV Innkreving offsets them against tax, VAT, NAV back-payments and agricultural subsidies (source
-- document 000: «motregning i skatt, mva., etterbetalinger fra NAV og landbrukstillegg»; bidragsinnkrevingsloven § 14
-- annet ledd for back-payments of NAV benefits, nav.no «Motregning i etterbetaling av ytelser»).
update kravtype set motregning_arter = '{SKATTEOPPGJOER,MERVERDIAVGIFT,NAV_ETTERBETALING,LANDBRUKSTILSKUDD}',
    motregning_kilde = 'Kildedokument 000 (NAV Innkreving: motregning i skatt, mva., etterbetalinger fra NAV og landbrukstillegg); '
        'bidragsinnkrevingsloven § 14 annet ledd (motregning i etterbetaling av ytelser); lov 25. april 2025 nr. 12 (innkrevingsloven), '
        'tekst ikke verifisert her, se beslutning 0047'
    where oppdragsgiver = '889640782';

-- Other state claims we collect: a state claim may be offset in what the state owes the debtor without a special
-- statutory basis when the ordinary conditions are met (Prop. 127 L (2011-2012) kap. 6.1; source document 001:
-- «å motregne skattepenger og mva. til gode»). Not in NAV benefits: those are NAV's to offset in (folketrygdloven).
update kravtype set motregning_arter = '{SKATTEOPPGJOER,MERVERDIAVGIFT,LANDBRUKSTILSKUDD}',
    motregning_kilde = 'Kildedokument 001 (motregne skattepenger og mva. til gode); Prop. 127 L (2011-2012) kap. 6.1 (ulovfestet '
        'motregningsrett for statlige krav i tilgodebeløp på staten); lov 25. april 2025 nr. 12 (innkrevingsloven), tekst ikke '
        'verifisert her, se beslutning 0047'
    where oppdragsgiver <> '889640782';

alter table utbetaling alter column innbetaling_id drop not null;
alter table utbetaling add column motkrav_id uuid;
alter table utbetaling add constraint utbetaling_ett_opphav check ((innbetaling_id is null) <> (motkrav_id is null));
create unique index utbetaling_motkrav on utbetaling (motkrav_id) where motkrav_id is not null;
comment on column utbetaling.motkrav_id is 'The amount the state owed the debtor (module offset) whose rest after offset this pays out; '
    'null for the refund of a payment (innbetaling_id). One payout per amount.';
