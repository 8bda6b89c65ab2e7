-- The running line balance is kept by the ledger's one posting writer (LedgerTables.settInnTransaksjoner) in the same
-- statement batch as the postings, from the amounts it already holds, instead of a statement trigger that captured
-- every inserted posting again and grouped it (decision 0017). New lines still get their balance row by trigger.
drop trigger linjesaldo_nye_posteringer on postering;
drop function linjesaldo_nye_posteringer();
comment on table linjesaldo is 'Derived: the sum of every SKYLDNER_FORDRING posting on a claim line, whatever its date. Rows are made '
    'by a trigger on kravlinje; balances are moved by the ledger''s posting writer in the transaction of the postings; the '
    'consistency check proves it equals the postings. Balances as of a date come from the postings.';
