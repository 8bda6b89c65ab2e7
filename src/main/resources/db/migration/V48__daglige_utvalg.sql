-- Module ledger: what the daily runs choose their debtors by, in one indexed query each (decision 0071).
-- The first due date of open claims: dunning and interest look only at claims that have fallen due.
create index kravforfall_foerste on kravforfall (forfallsdato) where nummer = 1;

-- The day a claim line must next be looked at for limitation: the day after its limitation date as last computed.
-- Interruptions only move a limitation date later (foreldelsesberegning: a new period never shortens one running), so
-- a line is never time-barred before this day; null = never computed (a new line), 'infinity' = closed when looked at.
alter table linjesaldo add column foreldelse_kontroll date;
create index linjesaldo_foreldelse_kontroll on linjesaldo (foreldelse_kontroll);
comment on column linjesaldo.foreldelse_kontroll is 'Set by the limitation run (casework) through the ledger''s API: the first day '
    'the line can be time-barred, as last computed; null when never computed, infinity when it was closed. The run looks '
    'only at lines with null or a day up to its date.';
