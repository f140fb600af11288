-- Reports (reporting package). Statistics must stay fast over a register of millions of tasks, so
-- closed tasks (completed or withdrawn) are also counted in a tally per lead unit, issuer and month
-- of assignment. Once closed, a task's class at any later reference date is its final class; the
-- statistics read the tally for those and the register's rows only for open tasks, tasks closed
-- after the reference date and days of a period outside whole months. A trigger on assigned_task
-- keeps the tally up to date whatever writes the register
-- (db/vendor/<database>/V6_1__reporting_tally_trigger.sql).
create table task_outcome_tally (
  lead_unit_code            varchar(32) not null,
  issuer_key                varchar(64) not null,
  -- the first day of the month the tasks were assigned in
  assigned_month            date        not null,
  -- closed tasks by final class (StatusClass)
  completed_on_time         bigint      not null,
  -- of which completed before the deadline day
  completed_before_deadline bigint      not null,
  completed_late            bigint      not null,
  completed_no_deadline     bigint      not null,
  withdrawn                 bigint      not null,
  -- completed tasks whose current deadline differs from the original one
  extended                  bigint      not null,
  primary key (lead_unit_code, issuer_key, assigned_month)
);

insert into task_outcome_tally
select t.lead_unit_code, d.issuer_key, cast(date_trunc('month', t.assigned_on) as date),
       sum(case when t.withdrawn_on is null and t.completed_on <= t.current_deadline then 1 else 0 end),
       sum(case when t.withdrawn_on is null and t.completed_on < t.current_deadline then 1 else 0 end),
       sum(case when t.withdrawn_on is null and t.completed_on > t.current_deadline then 1 else 0 end),
       sum(case when t.withdrawn_on is null and t.current_deadline is null then 1 else 0 end),
       sum(case when t.withdrawn_on is not null then 1 else 0 end),
       sum(case when t.withdrawn_on is null and t.current_deadline <> t.original_deadline then 1 else 0 end)
from assigned_task t join directive d on d.id = t.directive_id
where t.withdrawn_on is not null or t.completed_on is not null
group by t.lead_unit_code, d.issuer_key, cast(date_trunc('month', t.assigned_on) as date);

-- The days of a period outside whole months are read from the register by date of assignment.
create index assigned_task_assigned_on_idx on assigned_task (assigned_on);
