-- Module parties: the local stand-in for the account register for public payouts (Kontoregister for offentlige
-- utbetalinger, run by Digdir), where persons and organisations register the account public bodies pay them to.
-- A refund of money withheld from a debtor's pay under a garnishment order goes there (decision 0085).
create table kontoregister (
    identifikator text primary key,
    kontonummer   text not null check (kontonummer ~ '^[0-9]{11}$'),
    registrert    date not null
);
comment on table kontoregister is 'Local stand-in for Kontoregister for offentlige utbetalinger: the account a person or organisation registered for payouts from public bodies.';
