-- Module utleggstrekk: an order paused while every claim it covers is held (suspension: a complaint with suspended
-- enforcement, a plan, a postponement) and resumed when a hold ends, each a new version recorded as a decision.
alter table utleggstrekk_vedtak drop constraint utleggstrekk_vedtak_handling_check;
alter table utleggstrekk_vedtak add constraint utleggstrekk_vedtak_handling_check
    check (handling in ('BESLUTTET', 'ENDRET', 'STANSET', 'SLUTTBELOEP', 'BETALT', 'UTLOEPT', 'PAUSE', 'GJENOPPTATT'));
