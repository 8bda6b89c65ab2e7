-- Module submissions: a form sent twice (a double click, a reload after a slow answer) is one complaint or one
-- application: each form carries its own id from when it was shown, and the second arrival finds the first.
alter table klage add column innsendings_id uuid;
alter table soeknad add column innsendings_id uuid;
create unique index klage_innsending on klage (skyldner, innsendings_id);
create unique index soeknad_innsending on soeknad (skyldner, innsendings_id);
comment on column klage.innsendings_id is 'The id the complaint form carried (made when the form was shown): the same form twice is one complaint.';
comment on column soeknad.innsendings_id is 'The id the application form carried: the same form twice is one application.';
