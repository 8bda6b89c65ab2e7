-- Every amount stored checked its file with a row lock on the same motregningsfil row; with two offset workers that
-- lock is shared (a MultiXact) and each check has to look its members up (decision 0068, as innbetaling's in V11).
-- The import writes the file row first and never deletes one.
alter table motkrav drop constraint motkrav_fil_id_fkey;
