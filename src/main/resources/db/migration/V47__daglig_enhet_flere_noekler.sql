-- Platform: a unit of a daily run holds many keys (debtors) done in one transaction (decision 0070), so a run over
-- 500 000 debtors is about a thousand claims of work, not 500 000. A unit started before this holds its one key.
alter table daglig_enhet add column noekler text[];
update daglig_enhet set noekler = array[noekkel];
alter table daglig_enhet alter column noekler set not null;
alter table daglig_enhet drop column noekkel;
comment on column daglig_enhet.noekler is 'The keys (debtors) of the unit, done together in its one transaction.';
comment on table daglig_enhet is 'A unit of a run (one or more debtors): done once, in the transaction that did its work.';
