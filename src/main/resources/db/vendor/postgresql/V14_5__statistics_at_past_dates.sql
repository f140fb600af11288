-- Statistics at a past reference date R count the tasks of a period that were open at R and have
-- closed since (assigned_on <= R < settled_on) in their class at R. A B-tree can bound only one of
-- the two dates, so it read every task closed after R (nearly the whole register for an early R).
-- A GiST index on the days each closed task was open finds exactly those tasks, and holds every
-- column the statistics read of them (index-only scan), as assigned_task_open_idx does for the
-- tasks open today. greatest() keeps a row whose closing date precedes its assignment (an
-- imported mistake) valid: its range is empty.
create index assigned_task_open_until_settled_idx on assigned_task
  using gist (daterange(assigned_on, greatest(assigned_on, settled_on)))
  include (assigned_on, settled_on, lead_unit_code, directive_id, current_deadline, original_deadline, completed_on,
           withdrawn_on, last_progress_at, id)
  where settled_on is not null;

-- Whether a task open at R had a progress update in the 30 days up to R, when its last update came
-- after R: answered from the index, without reading the updates' rows.
create index task_progress_task_recorded_idx on task_progress (task_id, recorded_at);
