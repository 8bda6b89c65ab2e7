-- Module ledger: a claim line's balance never goes below zero (decision 0021). The ledger's unit of work refuses such a
-- posting before it is written; this is the schema's own guard, checked on the running balance the posting writer
-- moves in the same transaction as the postings. A creditor lowering a claim below what was paid refunds the excess
-- (PLASSERING_TILBAKEBETALT) before the lowering, so no line is below zero even between the two.
alter table linjesaldo add constraint linjesaldo_ikke_under_null check (saldo_ore >= 0);
comment on column linjesaldo.saldo_ore is 'What remains to pay on the line, in øre; never below zero (checked).';
