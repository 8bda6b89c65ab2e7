-- A letter kind's fixed paragraphs, stored once (decision 0078): a letter's grunnlag refers to them by id instead of
-- repeating them (an offset run sends hundreds of thousands of «Melding om motregning» with the same three paragraphs).
-- The id is made from the text (128 bits of its SHA-256), so a text never changes under its id and rows are never
-- updated or deleted.
create table brevtekst (
    tekst_id text primary key,
    tekst    text not null
);
comment on table brevtekst is 'Fixed paragraphs of letter kinds, each stored once and referred to from brevdokument.grunnlag by tekst_id.';
