-- Reports (reporting package). Statistics must stay fast over a register of millions of tasks, so
-- closed tasks (completed or withdrawn) are also counted in a tally by lead unit, issuer, month of
-- assignment and final class. Once closed, a task's class at any later reference date is its final
-- class; the statistics read the tally for those and the register's rows only for open tasks,
-- tasks closed after the reference date and days of a period that do not fill a whole month.
-- A trigger on assigned_task keeps the tally up to date whatever writes the register
-- (db/vendor/<database>/V6_1__reporting_tally_trigger.sql).
create table task_outcome_tally (
  lead_unit_code  varchar(32) not null,
  issuer_key      varchar(64) not null,
  -- the first day of the month the tasks were assigned in
  assigned_month  date        not null,
  -- StatusClass once closed: COMPLETED_ON_TIME, COMPLETED_LATE, COMPLETED_NO_DEADLINE or WITHDRAWN
  status_class    varchar(32) not null,
  -- 1: completed before the deadline day (a part of COMPLETED_ON_TIME)
  before_deadline integer     not null,
  -- 1: the current deadline differs from the original one (extended)
  extended        integer     not null,
  tasks           bigint      not null,
  primary key (lead_unit_code, issuer_key, assigned_month, status_class, before_deadline, extended)
);

insert into task_outcome_tally
select t.lead_unit_code, d.issuer_key, cast(date_trunc('month', t.assigned_on) as date),
       case when t.withdrawn_on is not null then 'WITHDRAWN'
            when t.current_deadline is null then 'COMPLETED_NO_DEADLINE'
            when t.completed_on <= t.current_deadline then 'COMPLETED_ON_TIME'
            else 'COMPLETED_LATE' end,
       case when t.withdrawn_on is null and t.completed_on < t.current_deadline then 1 else 0 end,
       case when t.current_deadline <> t.original_deadline then 1 else 0 end,
       count(*)
from assigned_task t join directive d on d.id = t.directive_id
where t.withdrawn_on is not null or t.completed_on is not null
group by t.lead_unit_code, d.issuer_key, cast(date_trunc('month', t.assigned_on) as date),
       case when t.withdrawn_on is not null then 'WITHDRAWN'
            when t.current_deadline is null then 'COMPLETED_NO_DEADLINE'
            when t.completed_on <= t.current_deadline then 'COMPLETED_ON_TIME'
            else 'COMPLETED_LATE' end,
       case when t.withdrawn_on is null and t.completed_on < t.current_deadline then 1 else 0 end,
       case when t.current_deadline <> t.original_deadline then 1 else 0 end;

-- The days of a period outside whole months are read from the register by date of assignment.
create index assigned_task_assigned_on_idx on assigned_task (assigned_on);
