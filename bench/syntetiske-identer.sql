-- Shared by the bench data sets (\ir this file): synthetic identifiers that pass the app's checks.
-- Fødselsnummer check digits: weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2; 11 - sum mod 11 (11 -> 0, 10 -> none).
create or replace function pg_temp.mod11(s text, vekter int[]) returns int language sql immutable as $$
    select case k when 11 then 0 when 10 then null else k end
    from (select 11 - sum(substr(s, i, 1)::int * vekter[i]) % 11 k from generate_subscripts(vekter, 1) i) x
$$;
create or replace function pg_temp.fnr(n bigint) returns text language sql immutable as $$
    select ni || k1 || pg_temp.mod11(ni || k1, '{5,4,3,2,7,6,5,4,3,2}')
    from (select ni, pg_temp.mod11(ni, '{3,7,6,1,8,9,4,5,2}') k1
          from (select lpad((1 + n % 28)::text, 2, '0') || (81 + (n / 28) % 12)::text || lpad(((n / 336) % 100)::text, 2, '0')
                       || lpad(((n / 33600) % 1000)::text, 3, '0') ni) a) b
$$;
-- A Norwegian account number: 10 digits and a mod-11 check digit (weights 5 4 3 2 7 6 5 4 3 2); the first prefix that has one.
create or replace function pg_temp.konto(n bigint) returns text language sql immutable as $$
    select p || pg_temp.mod11(p, '{5,4,3,2,7,6,5,4,3,2}')
    from (select (1503 + v)::text || lpad((n % 1000000)::text, 6, '0') p from generate_series(0, 9) v) x
    where pg_temp.mod11(p, '{5,4,3,2,7,6,5,4,3,2}') is not null
    order by p limit 1
$$;
-- An old-style invoice KID: digits and a Luhn (mod 10) check digit.
create or replace function pg_temp.luhn(s text) returns text language sql immutable as $$
    select s || ((10 - sum(case when (length(s) - i) % 2 = 0
                                then d * 2 - case when d * 2 > 9 then 9 else 0 end
                                else d end) % 10) % 10)::text
    from (select i, substr(s, i, 1)::int d from generate_series(1, length(s)) i) x
$$;
