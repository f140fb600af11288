-- Civil Code art. 148: a deadline written on a weekly day off or a public holiday is due at the end
-- of the next working day. original_deadline and current_deadline hold the days a task is due;
-- the *_as_written columns keep them as their documents wrote them: the directive for the original
-- deadline, the directive or the decision approving an extension for the current one.
alter table assigned_task add column original_deadline_as_written date;
alter table assigned_task add column deadline_as_written date;
update assigned_task set original_deadline_as_written = original_deadline, deadline_as_written = current_deadline;

-- Tasks stored before this rule whose deadline fell on a day off, as V13_3 moved them; an open
-- task's process follows at the next start (process_updated_at).
create table task_deadline_adjustment (
  task_id            bigint    not null primary key references assigned_task (id),
  original_before    date,
  current_before     date,
  original_due       date,
  current_due        date,
  adjusted_at        timestamp not null,
  process_updated_at timestamp
);
