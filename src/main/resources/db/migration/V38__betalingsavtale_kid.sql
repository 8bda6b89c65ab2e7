-- Module betalingsavtale (decision 0059): an approved plan's own KID, issued by invoicing for the plan's claims in the
-- order the instalments pay them, so one payment a month pays the instalment across them.
alter table betalingssak add column kid varchar(25);
