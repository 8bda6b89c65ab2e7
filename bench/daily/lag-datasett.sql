-- Data set for the daily-run benchmark (bench/run-daily.sh), as a steady day would find the database before the run
-- for :dato: :skyldnere debtors with valid fødselsnumre (synthetic test persons, month + 80, both mod-11 check
-- digits), 4 claims each, every claim booked in the ledger as the payment bench books them (principal line,
-- balanced postings, running line balance), invoiced with a KID, its due date in kravforfall, and its limitation
-- looked at before (the line's next day to look stored, 3 years out). By claim number n (mod 20):
--   0, 1  (10 %): fell due 14 days before :dato, not reminded: a reminder is due on :dato
--   2     ( 5 %): reminded 15 days before :dato with a deadline the day before :dato: a notice is due on :dato
--   3     ( 5 %): reminded 5 days before :dato, deadline in 9 days: waiting, nothing due
--   4     ( 5 %): reminded, notified and ready for enforcement (in the queue): nothing due
--   other (75 %): due within the next 30 days
-- One claim line in 1 000 has its limitation day on :dato (looked at again, found not time-barred). The first
-- :renteandel % of the claims (by n mod 100) are of an interest-bearing type (late-payment interest, morarenteloven),
-- the rest TILBAKEKREVING_BARNETRYGD (NAV sets its own interest).
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;

\ir ../syntetiske-identer.sql
create or replace function pg_temp.beloep(n bigint) returns bigint language sql immutable as $$
    select (1000 + abs(hashtext('b' || n)) % 49000)::bigint * 100
$$;

create temp table bench_skyldner as
select s, fnr
from (select row_number() over (order by c) s, fnr
      from (select c, pg_temp.fnr(c) fnr from generate_series(0, (:skyldnere * 13 / 10)::bigint) c) x
      where fnr is not null
      order by c limit :skyldnere) y;
create unique index on bench_skyldner (s);

create temp table bench_krav as
select n, md5('bench-krav-' || n)::uuid krav_id, b.fnr skyldner, 9000000000 + n kravlinje_id, 8000000000 + n fakturanummer,
       pg_temp.beloep(n) beloep, n % 20 gruppe,
       case when n % 100 < :renteandel then 'EGENANDEL_FRITT_RETTSRAAD' else 'TILBAKEKREVING_BARNETRYGD' end kravtype,
       case when n % 100 < :renteandel then '986186085' else '889640782' end oppdragsgiver,
       case n % 20 when 0 then :'dato'::date - 14 when 1 then :'dato'::date - 14 when 2 then :'dato'::date - 29
                   when 3 then :'dato'::date - 19 when 4 then :'dato'::date - 60
                   else :'dato'::date + 1 + (n % 30)::int end forfall
from generate_series(1, :skyldnere * 4) n join bench_skyldner b on b.s = (n - 1) / 4 + 1;

insert into reskontro_krav (krav_id, skyldner, skyldner_type, oppdragsgiver, kravtype, fastsettelsesdato,
                            foreldelse_utgangspunkt, bokfoert)
select krav_id, skyldner, 'PERSON', oppdragsgiver, kravtype, forfall - 51, forfall - 51,
       (forfall - 30)::timestamp at time zone 'Europe/Oslo' from bench_krav;
insert into kravlinje (kravlinje_id, krav_id, linjetype, opprettet)
select kravlinje_id, krav_id, 'HOVEDSTOL', forfall - 30 from bench_krav;
insert into transaksjon (transaksjon_id, krav_id, type, bokfoert_dato, registrert)
select md5('bench-tx-' || n)::uuid, krav_id, 'KRAV_BOKFOERT', forfall - 30, now() from bench_krav;
insert into postering (transaksjon_id, konto, krav_id, kravlinje_id, art, beloep_ore, bokfoert_dato)
select md5('bench-tx-' || n)::uuid, 'SKYLDNER_FORDRING', krav_id, kravlinje_id, 'FASTSATT', beloep, forfall - 30 from bench_krav
union all
select md5('bench-tx-' || n)::uuid, 'OPPDRAGSGIVER_OVERTATT', krav_id, null, 'FASTSATT', -beloep, forfall - 30 from bench_krav;
-- the running line balances, as the ledger's posting writer keeps them (decision 0017), and the limitation run's
-- next day to look at each line, as a run before would have left it (decision 0071)
update linjesaldo s set saldo_ore = s.saldo_ore + k.beloep,
                        foreldelse_kontroll = case when k.n % 1000 = 7 then :'dato'::date else k.forfall - 51 + interval '3 years 1 day' end
from bench_krav k where s.kravlinje_id = k.kravlinje_id;
insert into faktura (fakturanummer, type, krav_id, skyldner, kid, fakturadato, beloep_ore, status, kanal, sendt, opprettet)
select fakturanummer, 'FAKTURA', krav_id, skyldner, pg_temp.luhn(lpad(fakturanummer::text, 11, '0')),
       forfall - 30, beloep, 'SENDT', 'ALTINN', now(), now() from bench_krav;
insert into kravforfall (krav_id, nummer, forfallsdato, beloep_ore, opprettet)
select krav_id, 1, forfall, beloep, now() from bench_krav;
-- the dunning steps already taken (decision 0037)
insert into purresteg (krav_id, steg, dato, frist, dokument_id, gjenstaaende_ore)
select krav_id, 'PURRING', forfall + 14, forfall + 28, null::uuid, beloep from bench_krav where gruppe in (2, 3, 4)
union all
select krav_id, 'VARSEL_OM_TVANGSFULLBYRDELSE', forfall + 29, forfall + 43, null, beloep from bench_krav where gruppe = 4
union all
select krav_id, 'KLAR_FOR_TVANGSINNKREVING', forfall + 44, null, null, beloep from bench_krav where gruppe = 4;
-- the automatic garnishment run's memory (decision 0074, V57): the debtors with claims ready for enforcement were
-- looked at by it on an earlier day of this month (the 1st at the latest) and left undecided, as a steady day finds
-- them (one with a payer would have got an order then, and is not looked at today either). On the 1st of a month the
-- run looks at all of them again, with the month's income: MAANEDSSKIFTE=1 (maanedsskifte = 1) leaves this memory
-- out, so the run is the 1st of a month's.
insert into utleggstrekk_automatisk_vurdert (skyldner, maaned, krav)
select skyldner, date_trunc('month', :'dato'::date)::date, string_agg(krav_id::text, ',' order by krav_id::text collate "C")
from bench_krav where gruppe = 4 and :maanedsskifte = 0 group by skyldner;
select setval(pg_get_serial_sequence('kravlinje', 'kravlinje_id'), (select max(kravlinje_id) from kravlinje));
analyze reskontro_krav;
analyze kravlinje;
analyze postering;
analyze transaksjon;
analyze faktura;
analyze kravforfall;
analyze linjesaldo;
analyze purresteg;
-- a database in steady state has its tables vacuumed; without this autovacuum works through the fresh data set during the run
vacuum reskontro_krav, kravlinje, postering, transaksjon, faktura, kravforfall, linjesaldo, purresteg;
select gruppe, count(*) from bench_krav group by gruppe having gruppe < 5 order by gruppe;
