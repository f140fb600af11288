-- The date a task's class stops changing (withdrawn, else completed); null while it is open.
alter table assigned_task add column settled_on date generated always as (coalesce(withdrawn_on, completed_on)) stored;

-- Open tasks, and tasks closed after a reference date, of a period.
create index assigned_task_settled_idx on assigned_task (settled_on, assigned_on);

-- The class a closed task keeps (same rules as StatusClass.SQL once the reference date is past closing).
create function task_final_class(completed_on date, withdrawn_on date, current_deadline date) returns varchar
language sql immutable as $$
  select case when withdrawn_on is not null then 'WITHDRAWN'
              when current_deadline is null then 'COMPLETED_NO_DEADLINE'
              when completed_on <= current_deadline then 'COMPLETED_ON_TIME'
              else 'COMPLETED_LATE' end
$$;

-- Keeps task_outcome_tally in step with every insert, update and delete of a closed task.
create function task_outcome_tally_count() returns trigger language plpgsql as $$
declare
  issuer varchar(64);
begin
  if tg_op = 'UPDATE'
     and old.lead_unit_code = new.lead_unit_code and old.directive_id = new.directive_id
     and old.assigned_on = new.assigned_on
     and old.completed_on is not distinct from new.completed_on
     and old.withdrawn_on is not distinct from new.withdrawn_on
     and old.current_deadline is not distinct from new.current_deadline
     and old.original_deadline is not distinct from new.original_deadline then
    return null;
  end if;
  if tg_op <> 'INSERT' and (old.withdrawn_on is not null or old.completed_on is not null) then
    select issuer_key into issuer from directive where id = old.directive_id;
    update task_outcome_tally set tasks = tasks - 1
     where lead_unit_code = old.lead_unit_code and issuer_key = issuer
       and assigned_month = date_trunc('month', old.assigned_on)::date
       and status_class = task_final_class(old.completed_on, old.withdrawn_on, old.current_deadline)
       and before_deadline = case when old.withdrawn_on is null and old.completed_on < old.current_deadline then 1 else 0 end
       and extended = case when old.current_deadline <> old.original_deadline then 1 else 0 end;
  end if;
  if tg_op <> 'DELETE' and (new.withdrawn_on is not null or new.completed_on is not null) then
    select issuer_key into issuer from directive where id = new.directive_id;
    insert into task_outcome_tally (lead_unit_code, issuer_key, assigned_month, status_class, before_deadline, extended, tasks)
    values (new.lead_unit_code, issuer, date_trunc('month', new.assigned_on)::date,
            task_final_class(new.completed_on, new.withdrawn_on, new.current_deadline),
            case when new.withdrawn_on is null and new.completed_on < new.current_deadline then 1 else 0 end,
            case when new.current_deadline <> new.original_deadline then 1 else 0 end,
            1)
    on conflict (lead_unit_code, issuer_key, assigned_month, status_class, before_deadline, extended)
    do update set tasks = task_outcome_tally.tasks + 1;
  end if;
  return null;
end
$$;

create trigger assigned_task_outcome_tally
after insert or update or delete on assigned_task
for each row execute function task_outcome_tally_count();
