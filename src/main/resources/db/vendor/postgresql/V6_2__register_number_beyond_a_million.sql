-- lpad cuts to six characters: from task 1,000,000 on the register number repeated an earlier one
-- (NV-2026-100000 for id 1000000). Ids below a million keep their numbers; later ones are written in full.
drop index assigned_task_register_number_idx;
alter table assigned_task drop column register_number;
alter table assigned_task add column register_number varchar(32) generated always as
  ('NV-' || cast(extract(year from assigned_on) as varchar(4)) || '-'
     || case when id < 1000000 then lpad(cast(id as varchar(20)), 6, '0') else cast(id as varchar(20)) end) stored;

create unique index assigned_task_register_number_idx on assigned_task (register_number);
