-- Data set for the payment import benchmark (bench/run-payments.sh): :skyldnere debtors with 4 claims each, every
-- claim booked in the ledger (principal line, balanced postings) and invoiced with a KID, due 30 days ago; then
-- :betalinger payments written to :csv as "kid;beloepOre;dato" for bench/GenererCamt054.java, and :oppvarming payments
-- on other claims (other debtors) to :oppvarmingcsv, for a warm-up file imported before the measured one.
-- Amounts vary by claim (1 000-50 000 kr); payments cover 40-120 % of their claim, so the import places partial
-- payments, whole payments, and overpayments that go on to the debtor's other due claims or back as refunds.
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;
\ir ../syntetiske-identer.sql

create or replace function pg_temp.beloep(n bigint) returns bigint language sql immutable as $$
    select (1000 + abs(hashtext('b' || n)) % 49000)::bigint * 100
$$;

-- Debtors with valid fødselsnumre (synthetic test persons), as every debtor the app books has: a refund's letter is
-- addressed to one. The first :skyldnere candidates whose both check digits exist (about 5 in 6 do).
create temp table bench_skyldner as
select s, fnr
from (select row_number() over (order by c) - 1 s, fnr
      from (select c, pg_temp.fnr(c) fnr from generate_series(0, (:skyldnere * 13 / 10)::bigint) c) x
      where fnr is not null
      order by c limit :skyldnere) y;
create unique index on bench_skyldner (s);

create temp table bench_krav as
select n, md5('bench-krav-' || n)::uuid krav_id, b.fnr skyldner,
       9000000000 + n kravlinje_id, 8000000000 + n fakturanummer, pg_temp.beloep(n) beloep
from generate_series(1, :skyldnere * 4) n join bench_skyldner b on b.s = (n - 1) / 4;

insert into reskontro_krav (krav_id, skyldner, skyldner_type, oppdragsgiver, kravtype, fastsettelsesdato,
                            foreldelse_utgangspunkt, bokfoert)
select krav_id, skyldner, 'PERSON', '889640782', 'TILBAKEKREVING_BARNETRYGD', current_date - 60, current_date - 60,
       now() - interval '51 days' from bench_krav;
insert into kravlinje (kravlinje_id, krav_id, linjetype, opprettet)
select kravlinje_id, krav_id, 'HOVEDSTOL', current_date - 51 from bench_krav;
insert into transaksjon (transaksjon_id, krav_id, type, bokfoert_dato, registrert)
select md5('bench-tx-' || n)::uuid, krav_id, 'KRAV_BOKFOERT', current_date - 51, now() from bench_krav;
insert into postering (transaksjon_id, konto, krav_id, kravlinje_id, art, beloep_ore, bokfoert_dato)
select md5('bench-tx-' || n)::uuid, 'SKYLDNER_FORDRING', krav_id, kravlinje_id, 'FASTSATT', beloep, current_date - 51 from bench_krav
union all
select md5('bench-tx-' || n)::uuid, 'OPPDRAGSGIVER_OVERTATT', krav_id, null, 'FASTSATT', -beloep, current_date - 51 from bench_krav;
-- the running line balances, as the ledger's posting writer keeps them (decision 0017)
update linjesaldo s set saldo_ore = s.saldo_ore + k.beloep from bench_krav k where s.kravlinje_id = k.kravlinje_id;
insert into faktura (fakturanummer, type, krav_id, skyldner, kid, fakturadato, beloep_ore,
                     status, kanal, sendt, opprettet)
select fakturanummer, 'FAKTURA', krav_id, skyldner, pg_temp.luhn(lpad(fakturanummer::text, 11, '0')),
       current_date - 51, beloep, 'SENDT', 'ALTINN', now(), now() from bench_krav;
-- the claims' due dates are the ledger's (kravforfall, decision 0023)
insert into kravforfall (krav_id, nummer, forfallsdato, beloep_ore, opprettet)
select krav_id, 1, current_date - 30, beloep, now() from bench_krav;
select setval(pg_get_serial_sequence('kravlinje', 'kravlinje_id'), (select max(kravlinje_id) from kravlinje));
analyze reskontro_krav;
analyze kravlinje;
analyze postering;
analyze faktura;
analyze kravforfall;
analyze linjesaldo;
-- a database in steady state has its tables vacuumed; without this autovacuum works through the fresh data set during the import
vacuum reskontro_krav, kravlinje, postering, transaksjon, faktura, kravforfall, linjesaldo;

-- One payment per claim for the first :betalinger claims in a scattered order, 40-120 % of the claim.
\o :csv
copy (select pg_temp.luhn(lpad(k.fakturanummer::text, 11, '0')) || ';' || (k.beloep * (40 + abs(hashtext('p' || k.n)) % 81) / 100) || ';' || current_date
      from bench_krav k where k.n <= :betalinger order by hashtext('o' || k.n)) to stdout;
\o

-- Warm-up payments: the next :oppvarming claims after those paid above, so they belong to other debtors.
\o :oppvarmingcsv
copy (select pg_temp.luhn(lpad(k.fakturanummer::text, 11, '0')) || ';' || (k.beloep * (40 + abs(hashtext('p' || k.n)) % 81) / 100) || ';' || current_date
      from bench_krav k where k.n > :betalinger and k.n <= :betalinger + :oppvarming order by hashtext('o' || k.n)) to stdout;
\o
