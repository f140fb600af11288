-- The date a task's class stops changing (withdrawn, else completed); null while it is open.
alter table assigned_task add column settled_on date generated always as (coalesce(withdrawn_on, completed_on));

-- Tasks closed after a reference date, of a period.
create index assigned_task_settled_idx on assigned_task (settled_on, assigned_on);

-- Keeps task_outcome_tally in step with every insert, update and delete of a closed task.
create trigger assigned_task_outcome_tally after insert, update, delete on assigned_task
for each row call 'vn.gov.tasktracking.reporting.OutcomeTallyH2Trigger';
