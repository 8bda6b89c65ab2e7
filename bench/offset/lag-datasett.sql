-- Data set for the offset benchmark (bench/run-offset.sh): :skyldnere debtors with valid fødselsnumre (synthetic test
-- persons, month + 80, both mod-11 check digits), 4 claims each (TILBAKEKREVING_BARNETRYGD, which may be offset against
-- SKATTEOPPGJOER and MERVERDIAVGIFT), every claim booked in the ledger as the payment bench books them (principal line,
-- balanced postings, running line balance, due date in kravforfall); then a motregning file of :motkrav amounts owed
-- (docs/motregningsfil.md), written to :fil, spread evenly over the debtors (two each at the issue's size).
-- Claims are 1 000-50 000 kr and fell due 30 days ago, except every tenth debtor's, which fall due in 30 days (not yet
-- offsettable, so that debtor's amounts are paid out whole). Amounts are 500-60 000 kr, one in twenty 250 000 kr, so the
-- run offsets part of an amount, all of it, and pays out what a debtor's due claims leave.
-- With :oppvarming above 0, that many more debtors of the same kind, and a warm-up file :fil_oppvarming of two amounts
-- each for them alone (run-offset.sh WARMUP=N): the measured file and its debtors stay the same.
\set ON_ERROR_STOP on
\if :{?oppvarming}
\else
\set oppvarming 0
\endif
\timing on
set synchronous_commit = off;

\ir ../syntetiske-identer.sql
create or replace function pg_temp.beloep(n bigint) returns bigint language sql immutable as $$
    select (1000 + abs(hashtext('b' || n)) % 49000)::bigint * 100
$$;

-- The first :skyldnere (+ :oppvarming) candidates whose both check digits exist (about 5 in 6 do).
create temp table bench_skyldner as
select s, fnr, pg_temp.konto(s) konto
from (select row_number() over (order by c) s, fnr
      from (select c, pg_temp.fnr(c) fnr from generate_series(0, ((:skyldnere + :oppvarming) * 13 / 10)::bigint) c) x
      where fnr is not null
      order by c limit :skyldnere + :oppvarming) y;
create unique index on bench_skyldner (s);

create temp table bench_krav as
select n, md5('bench-krav-' || n)::uuid krav_id, b.fnr skyldner, 9000000000 + n kravlinje_id, pg_temp.beloep(n) beloep,
       case when b.s % 10 = 0 then current_date + 30 else current_date - 30 end forfall
from generate_series(1, (:skyldnere + :oppvarming) * 4) n join bench_skyldner b on b.s = (n - 1) / 4 + 1;

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
-- the claims' due dates are the ledger's (kravforfall, decision 0023)
insert into kravforfall (krav_id, nummer, forfallsdato, beloep_ore, opprettet)
select krav_id, 1, forfall, beloep, now() from bench_krav;
select setval(pg_get_serial_sequence('kravlinje', 'kravlinje_id'), (select max(kravlinje_id) from kravlinje));
analyze reskontro_krav;
analyze kravlinje;
analyze postering;
analyze transaksjon;
analyze kravforfall;
analyze linjesaldo;
-- a database in steady state has its tables vacuumed; without this autovacuum works through the fresh data set during the run
vacuum reskontro_krav, kravlinje, postering, transaksjon, kravforfall, linjesaldo;

-- A motregning file's lines: amount i (1..n) named prefiks-i goes to debtor forste + (i - 1) mod antall, so every one of
-- those debtors gets its share in turn; the header first.
create function pg_temp.motregningsfil(prefiks text, n bigint, forste bigint, antall bigint) returns setof text
language sql stable as $$
    select linje from (
        select 0::bigint i, 'referanse;skyldner;beloepOere;art;dato;kontonummer' linje
        union all
        select i, prefiks || lpad(i::text, 8, '0') || ';' || b.fnr || ';'
                  || case when abs(hashtext('s' || i)) % 20 = 0 then 25000000 else (500 + abs(hashtext('m' || i)) % 59500)::bigint * 100 end
                  || ';' || case when i % 10 = 3 then 'MERVERDIAVGIFT' else 'SKATTEOPPGJOER' end || ';' || (current_date - 1) || ';'
                  || b.konto
        from generate_series(1, n) i join bench_skyldner b on b.s = forste + (i - 1) % antall) x
    order by i
$$;

-- The motregning file: two amounts each (at the issue's size) for the first :skyldnere debtors.
\o :fil
copy (select pg_temp.motregningsfil('BENCH-', :motkrav, 1, :skyldnere)) to stdout;
\o

-- The warm-up file: two amounts each for the :oppvarming debtors after them.
select :oppvarming > 0 as varm \gset
\if :varm
\o :fil_oppvarming
copy (select pg_temp.motregningsfil('VARM-', 2 * :oppvarming, :skyldnere + 1, :oppvarming)) to stdout;
\o
\endif
