-- The automatic garnishment run (decision 0074) looked at a debtor and decided nothing (no payer this month, no room,
-- every payer refused). The income register is by month, so with the same collectable claims in the same month the
-- answer is the same: the run does not look again until the month or the claims change.
create table utleggstrekk_automatisk_vurdert (
    skyldner text primary key,
    maaned   date not null check (extract(day from maaned) = 1),
    krav     text not null
);
comment on table utleggstrekk_automatisk_vurdert is 'Debtors the automatic garnishment run left undecided, with the month and their collectable claims then (sorted ids).';
