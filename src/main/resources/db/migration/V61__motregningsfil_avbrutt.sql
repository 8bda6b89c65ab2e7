-- A file whose reading stopped on an error (the disk, the database) is marked AVBRUTT with the reason, instead of
-- staying UNDER_BEHANDLING for ever; what it stored waits for the offset run, and the file is taken again.
alter table motregningsfil drop constraint motregningsfil_status_check;
alter table motregningsfil add constraint motregningsfil_status_check
    check (status in ('UNDER_BEHANDLING', 'BEHANDLET', 'AVVIST', 'AVBRUTT'));
