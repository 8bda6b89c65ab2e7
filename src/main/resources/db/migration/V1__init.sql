comment on schema public is 'Innkreving: the collection authority back office. One module owns each table (see ARCHITECTURE.md).';
