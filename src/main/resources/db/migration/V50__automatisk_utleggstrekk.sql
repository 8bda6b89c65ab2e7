-- Which claim types may be garnished by a decision the rules make (no caseworker), issue 19 "or the rules decide
-- where the claim type allows"; decision 0074. Data with its source, like the offset rules (V29).

alter table kravtype add column trekk_automatisk boolean not null default false;
alter table kravtype add column trekk_automatisk_kilde text;
comment on column kravtype.trekk_automatisk is 'True: a debtor whose collectable claims are all of such types gets a garnishment '
    'decided by the rules in the daily run (utleggstrekk-automatisk), without a caseworker. False: a caseworker decides.';
comment on column kravtype.trekk_automatisk_kilde is 'Why the type may or may not be garnished by an automatic decision.';

-- Fees and own shares the state fixes by a standard rule, with nothing about the claim left to weigh: a court fee is a
-- fixed multiple of the rettsgebyr (rettsgebyrloven), and the own share of legal aid follows from rettshjelploven § 9
-- (fritt rettsråd: one rettsgebyr; fri sakførsel: a fixed share of the costs up to a cap) once aid is granted.
update kravtype set trekk_automatisk = true,
    trekk_automatisk_kilde = 'Beløpet følger av en fast regel uten skjønn om kravet (rettsgebyrloven; rettshjelploven § 9); '
        'trekket settes på standardgrunnlaget i skyldnerens favør (beslutning 0042), og skyldneren kan kreve ny vurdering '
        'av en saksbehandler (beslutning 0074)'
    where kode in ('RETTSGEBYR_UTLEGGSBEGJAERING', 'EGENANDEL_FRITT_RETTSRAAD', 'EGENANDEL_FRI_SAKFOERSEL');

-- NAV's repayment claims: fixed by NAV after an individual assessment (folketrygdloven § 22-15: what the recipient
-- understood or should have understood, reduction at discretion), often disputed, and the debtor is often still paid
-- by NAV, so the size of the deduction needs the debtor's situation: a caseworker decides.
update kravtype set trekk_automatisk_kilde = 'Kravet er fastsatt etter en individuell vurdering (folketrygdloven § 22-15) '
        'og skyldnerens situasjon må vurderes: saksbehandler beslutter (beslutning 0074)'
    where oppdragsgiver = '889640782';

-- A coercive fine under rettighetshaverregisterloven is laid on organisations only; wage garnishment is of persons.
update kravtype set trekk_automatisk_kilde = 'Gjelder bare organisasjoner; utleggstrekk i lønn og trygd gjelder personer (beslutning 0074)'
    where kode = 'TVANGSMULKT_RETTIGHETSHAVERREGISTERLOVEN';

-- A type added later is decided by a caseworker until someone sets the flag with its reason.
alter table kravtype alter column trekk_automatisk_kilde set default 'Ikke vurdert: saksbehandler beslutter (beslutning 0074)';
update kravtype set trekk_automatisk_kilde = default where trekk_automatisk_kilde is null;
alter table kravtype alter column trekk_automatisk_kilde set not null;
