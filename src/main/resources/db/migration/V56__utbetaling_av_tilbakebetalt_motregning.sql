-- An amount the state owed a debtor may be paid out more than once: its rest after offset, and later what was offset
-- on a claim the creditor lowered or a complaint deleted (MOTREGNING_TILBAKEBETALT). Each payout is its own row.
drop index utbetaling_motkrav;
create index utbetaling_motkrav on utbetaling (motkrav_id) where motkrav_id is not null;
comment on column utbetaling.motkrav_id is 'The amount the state owed the debtor (module offset) this pays out part of: '
    'the rest after offset, or what was offset and paid back after a claim was lowered or deleted.';
