-- No query filters, joins or sorts on the 文号's year (the register's year facet is the publication date, which has
-- its own index), yet every insert and every change of a 文号 kept this index up to date: a ledger import or a
-- package of thousands of documents paid for it on every row.
drop index if exists ix_document_number_year;
