package vn.gov.tasktracking.deadline.internal;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.RegisterOperations;
import vn.gov.tasktracking.assignment.RegisterOperations.StoredDeadline;
import vn.gov.tasktracking.calendar.CalendarService;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.system.SystemWork;

/**
 * Migration 13.3: tasks stored before Civil Code art. 148 was applied to deadlines written as a
 * date keep that date as written and become due on the next working day, by the calendar in force
 * when the migration runs (shipped exceptions and the years administrators edited; SQL alone cannot
 * know the lunar holidays). Each moved task is recorded in {@code task_deadline_adjustment}; the
 * reporting tally follows through its trigger, so a task completed the next working day becomes
 * completed on time. Open tasks' processes are brought in line at start by {@link
 * DeadlinesMovedByLawFollowUp}.
 */
@Component
public class DeadlinesOnDaysOffMigration implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("13.3");
  }

  @Override
  public String getDescription() {
    return "deadlines on days off due the next working day";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) {
    SystemWork.call(() -> move(context.getConnection(), Instant.now()));
  }

  /** Moves every stored deadline that falls on a day off; returns how many tasks moved. */
  public static int move(Connection connection, Instant now) {
    JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    WorkingDayCalendar calendar = CalendarService.storedCalendar(jdbc);
    LocalDate today = calendar.dateOf(now);
    List<StoredDeadline> tasks = RegisterOperations.storedDeadlines(jdbc);
    int moved = 0;
    for (StoredDeadline task : tasks) {
      LocalDate original = due(calendar, task.original());
      LocalDate current = due(calendar, task.current());
      if (java.util.Objects.equals(original, task.original())
          && java.util.Objects.equals(current, task.current())) {
        continue;
      }
      // The overdue mark follows the deadline: gone when the task was done in time after all.
      Timestamp overdueSince = task.overdueSince();
      if (overdueSince != null && current != null) {
        LocalDate closed = task.completedOn() != null ? task.completedOn() : task.withdrawnOn();
        boolean overdue = closed != null ? closed.isAfter(current) : today.isAfter(current);
        overdueSince = overdue ? Timestamp.from(calendar.endOfDay(current)) : null;
      }
      RegisterOperations.moveStoredDeadline(jdbc, task.id(), original, current, overdueSince);
      jdbc.sql(
              """
              insert into task_deadline_adjustment (task_id, original_before, current_before, original_due, current_due, adjusted_at)
              values (?, ?, ?, ?, ?, ?)""")
          .params(
              task.id(), task.original(), task.current(), original, current, Timestamp.from(now))
          .update();
      moved++;
    }
    return moved;
  }

  private static LocalDate due(WorkingDayCalendar calendar, LocalDate written) {
    return written == null ? null : calendar.deadline(written).due();
  }
}
