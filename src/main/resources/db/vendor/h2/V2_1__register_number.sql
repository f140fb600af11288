-- The register number, NV-year-id, computed by the database so that registering a task takes one statement.
-- H2 stores generated columns without the STORED keyword PostgreSQL requires.
alter table assigned_task add column register_number varchar(32) generated always as
  ('NV-' || cast(extract(year from assigned_on) as varchar(4)) || '-' || lpad(cast(id as varchar(20)), 6, '0'));

create unique index assigned_task_register_number_idx on assigned_task (register_number);
