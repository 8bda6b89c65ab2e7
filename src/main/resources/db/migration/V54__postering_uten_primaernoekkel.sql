-- The posting table's primary key index serves no query: postings are read by claim (postering_krav) or by payment
-- (postering_innbetaling, postering_uplassert), never by postering_id, which orders a claim's postings but is looked
-- up nowhere. Uniqueness is the identity's (generated always, never set by a writer); every posting written paid an
-- index entry for it (an offset amount writes about 3.5 postings; decision 0078).
alter table postering drop constraint postering_pkey;
comment on column postering.postering_id is 'Generated always (unique by the identity, not by an index): the order postings were written in.';
