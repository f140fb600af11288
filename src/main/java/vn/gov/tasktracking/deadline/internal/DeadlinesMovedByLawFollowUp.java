package vn.gov.tasktracking.deadline.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.tasktracking.system.EngineClock;
import vn.gov.tasktracking.system.SystemWork;

/**
 * Once, at the first start after migration 13.3 ({@link DeadlinesOnDaysOffMigration}): the process
 * of each open task whose deadline it moved takes up the new deadline (due dates in Tasklist, the
 * waiting reminder). Done by the system; each task is recorded when done, so a restart goes on
 * where it stopped.
 */
@Component
public class DeadlinesMovedByLawFollowUp implements ApplicationRunner {

  private final JdbcClient jdbc;
  private final DeadlineWatch watch;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;
  private final EngineClock clock;

  DeadlinesMovedByLawFollowUp(
      JdbcClient jdbc,
      DeadlineWatch watch,
      RuntimeService runtime,
      TransactionTemplate transaction,
      EngineClock clock) {
    this.jdbc = jdbc;
    this.watch = watch;
    this.runtime = runtime;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    SystemWork.call(this::followUp);
  }

  /** Brings every pending process in line; returns how many were. */
  public int followUp() {
    record Pending(long taskId, LocalDate deadline, String processInstanceId) {}
    List<Pending> pending =
        jdbc.sql(
                """
            select a.task_id, t.current_deadline, t.process_instance_id
              from task_deadline_adjustment a join assigned_task t on t.id = a.task_id
             where a.process_updated_at is null""")
            .query(
                (rs, n) ->
                    new Pending(
                        rs.getLong(1),
                        rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(),
                        rs.getString(3)))
            .list();
    int done = 0;
    for (Pending task : pending) {
      transaction.executeWithoutResult(
          status -> {
            String instance = task.processInstanceId();
            if (instance != null
                && task.deadline() != null
                && runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
              watch.deadlineMoved(
                  task.taskId(),
                  task.deadline(),
                  ReminderPolicies.of(name -> runtime.getVariable(instance, name)),
                  instance,
                  (name, value) -> runtime.setVariable(instance, name, value));
            }
            jdbc.sql("update task_deadline_adjustment set process_updated_at = ? where task_id = ?")
                .params(Timestamp.from(clock.now()), task.taskId())
                .update();
          });
      done++;
    }
    return done;
  }
}
