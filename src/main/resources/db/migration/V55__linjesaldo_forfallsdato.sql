-- A claim line's running balance carries its claim's first due date (kravforfall nummer 1), so a debtor's open lines
-- are read from linjesaldo alone, an index probe a debtor, without a second probe a line into kravforfall (decision
-- 0078: at an offset run's size that second probe was most of the open-lines read). Kept by triggers from
-- kravforfall itself, whoever writes it; the consistency check proves it.
alter table linjesaldo add column forfallsdato date;
update linjesaldo s set forfallsdato = f.forfallsdato from kravforfall f where f.krav_id = s.krav_id and f.nummer = 1;
comment on column linjesaldo.forfallsdato is 'Derived: the claim''s first due date (kravforfall nummer 1), null before it has one. '
    'Kept by triggers on kravforfall and kravlinje.';

create or replace function linjesaldo_nye_linjer() returns trigger language plpgsql as $$
begin
    insert into linjesaldo (kravlinje_id, krav_id, skyldner, kravtype, krav_bokfoert, linjetype, rentetype, ilagt_dato, saldo_ore,
                            forfallsdato)
    select l.kravlinje_id, l.krav_id, k.skyldner, k.kravtype, (k.bokfoert at time zone 'Europe/Oslo')::date, l.linjetype,
           l.rentetype, l.ilagt_dato, 0, f.forfallsdato
    from nye l join reskontro_krav k on k.krav_id = l.krav_id
    left join kravforfall f on f.krav_id = l.krav_id and f.nummer = 1;
    return null;
end $$;

create function linjesaldo_forfall() returns trigger language plpgsql as $$
begin
    update linjesaldo s set forfallsdato = n.forfallsdato
    from nye n where n.nummer = 1 and s.krav_id = n.krav_id and s.forfallsdato is distinct from n.forfallsdato;
    return null;
end $$;
create trigger linjesaldo_forfall_ny after insert on kravforfall referencing new table as nye
    for each statement execute function linjesaldo_forfall();
create trigger linjesaldo_forfall_flyttet after update on kravforfall referencing new table as nye
    for each statement execute function linjesaldo_forfall();

