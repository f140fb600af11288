-- Document numbers restart each year: a directive is its issuer, its number and its year of issue.
alter table directive add column issued_year integer generated always as (extract(year from issued_on));
alter table directive drop constraint directive_number_per_issuer;
alter table directive add constraint directive_number_per_issuer_year unique (issuer_key, number, issued_year);
