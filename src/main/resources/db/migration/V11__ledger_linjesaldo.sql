-- Module ledger: the current balance of each claim line, kept by the database from the postings themselves, so
-- allocating a payment reads a debtor's open lines without summing their postings (decision 0015).

create table linjesaldo (
    kravlinje_id bigint primary key,
    krav_id      uuid   not null,
    skyldner     text   not null,
    kravtype     text   not null,
    krav_bokfoert date  not null,
    linjetype    text   not null,
    rentetype    text,
    ilagt_dato   date,
    saldo_ore    bigint not null
) with (fillfactor = 80);
create index linjesaldo_skyldner on linjesaldo (skyldner);
create index linjesaldo_krav on linjesaldo (krav_id);
comment on table linjesaldo is 'Derived: the sum of every SKYLDNER_FORDRING posting on a claim line, whatever its date. Kept by '
    'triggers on kravlinje and postering; the consistency check proves it equals the postings. Balances as of a date come '
    'from the postings.';
comment on column linjesaldo.skyldner is 'The claim''s debtor, copied with the other unchanging facts allocation needs, so a '
    'debtor''s open lines are one index scan and no join.';
comment on column linjesaldo.krav_bokfoert is 'The day (Oslo time) the claim was taken over.';
-- saldo_ore is in no index, so its updates are HOT (fillfactor leaves room on the page).

create function linjesaldo_nye_linjer() returns trigger language plpgsql as $$
begin
    insert into linjesaldo (kravlinje_id, krav_id, skyldner, kravtype, krav_bokfoert, linjetype, rentetype, ilagt_dato, saldo_ore)
    select l.kravlinje_id, l.krav_id, k.skyldner, k.kravtype, (k.bokfoert at time zone 'Europe/Oslo')::date, l.linjetype,
           l.rentetype, l.ilagt_dato, 0
    from nye l join reskontro_krav k on k.krav_id = l.krav_id;
    return null;
end $$;
create trigger linjesaldo_nye_linjer after insert on kravlinje referencing new table as nye
    for each statement execute function linjesaldo_nye_linjer();

create function linjesaldo_nye_posteringer() returns trigger language plpgsql as $$
begin
    update linjesaldo s set saldo_ore = s.saldo_ore + d.sum
    from (select kravlinje_id, sum(beloep_ore) sum from nye
          where konto = 'SKYLDNER_FORDRING' and kravlinje_id is not null group by kravlinje_id) d
    where s.kravlinje_id = d.kravlinje_id;
    return null;
end $$;
create trigger linjesaldo_nye_posteringer after insert on postering referencing new table as nye
    for each statement execute function linjesaldo_nye_posteringer();

insert into linjesaldo (kravlinje_id, krav_id, skyldner, kravtype, krav_bokfoert, linjetype, rentetype, ilagt_dato, saldo_ore)
select l.kravlinje_id, l.krav_id, k.skyldner, k.kravtype, (k.bokfoert at time zone 'Europe/Oslo')::date, l.linjetype,
       l.rentetype, l.ilagt_dato,
       coalesce((select sum(p.beloep_ore) from postering p
                 where p.kravlinje_id = l.kravlinje_id and p.konto = 'SKYLDNER_FORDRING'), 0)
from kravlinje l join reskontro_krav k on k.krav_id = l.krav_id;

-- Postings are written only by the ledger, in the same statement as their transaction's other postings; the
-- per-row foreign-key checks (an index probe and a row lock on the referenced transaction and line, per posting)
-- cost more than a third of a payment's booking. The consistency check proves the references instead.
alter table postering drop constraint postering_transaksjon_id_fkey;
alter table postering drop constraint postering_kravlinje_id_fkey;

-- Postings on BANK, UPLASSERT and TIL_UTBETALING have no claim; they need no entry in the claim index.
drop index postering_krav;
create index postering_krav on postering (krav_id) where krav_id is not null;

-- Every payment row checked its file with a row lock on the same bankfil row; with two booking workers that lock is
-- shared (a MultiXact) and each check has to look its members up. The import writes the file row first and never
-- deletes one; the consistency check proves the reference instead.
alter table innbetaling drop constraint innbetaling_bankfil_id_fkey;
