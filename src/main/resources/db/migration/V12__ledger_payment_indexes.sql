-- Fewer index entries per imported payment (decision 0017). A payment writes a transaction and two or three postings;
-- each index on them is an entry per row.

-- Payment transactions have no claim (krav_id is null); they need no entry in the claim index.
drop index transaksjon_krav;
create index transaksjon_krav on transaksjon (krav_id) where krav_id is not null;

-- A payment's postings on claim lines are found by claim (postering_krav), as the debtor's view reads them; the
-- payment index holds only its postings outside claims (BANK, UPLASSERT, TIL_UTBETALING). A payment's transactions
-- balance, so what it put on claims is minus the sum of those (Ledger.innbetalingsbalanser).
drop index postering_innbetaling;
create index postering_innbetaling on postering (innbetaling_id) where innbetaling_id is not null and krav_id is null;
