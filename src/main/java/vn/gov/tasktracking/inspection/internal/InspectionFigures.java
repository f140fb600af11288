package vn.gov.tasktracking.inspection.internal;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.RegisterStatistics;
import vn.gov.tasktracking.assignment.RegisterStatistics.ClassifiedTask;
import vn.gov.tasktracking.assignment.StatusClass;
import vn.gov.tasktracking.reporting.Figures;
import vn.gov.tasktracking.reporting.ReportService;

/**
 * A unit's figures for a period, from the task register: the counts per class as the reports give
 * them, and the late and overdue tasks one by one ({@link RegisterStatistics#tasksOf} at a
 * reference date).
 */
@Component
public class InspectionFigures {

  /** The counts per class; {@code total} leaves withdrawn tasks out, as docs/domain.md counts. */
  public record Counts(
      int total,
      int completedOnTime,
      int completedBeforeDeadline,
      int completedLate,
      int completedNoDeadline,
      int openWithinDeadline,
      int openOverdue,
      int openNoDeadline,
      int withdrawn) {

    public int completed() {
      return completedOnTime + completedLate + completedNoDeadline;
    }

    public int open() {
      return openWithinDeadline + openOverdue + openNoDeadline;
    }
  }

  /** A task completed late or open overdue, with the unit's latest explanation in the register. */
  public record LateTask(
      long taskId,
      String registerNumber,
      String content,
      LocalDate assignedOn,
      LocalDate deadline,
      LocalDate completedOn,
      StatusClass statusClass,
      String explanation) {}

  private final JdbcClient jdbc;
  private final ReportService reports;
  private final RegisterStatistics register;

  InspectionFigures(JdbcClient jdbc, ReportService reports, RegisterStatistics register) {
    this.jdbc = jdbc;
    this.reports = reports;
    this.register = register;
  }

  /**
   * The counts as the province's reports give them ({@link ReportService#unitFigures}), for the
   * record to keep.
   */
  public Counts counts(String unit, LocalDate from, LocalDate to, LocalDate at) {
    Figures f = reports.unitFigures(unit, from, to, at);
    return new Counts(
        (int) f.assigned(),
        (int) f.completedOnTime(),
        (int) f.completedBeforeDeadline(),
        (int) f.completedLate(),
        (int) f.completedNoDeadline(),
        (int) f.openWithinDeadline(),
        (int) f.openOverdue(),
        (int) f.openNoDeadline(),
        (int) f.withdrawn());
  }

  /** Tasks completed late or open overdue at the reference date, oldest first. */
  public List<LateTask> lateTasks(String unit, LocalDate from, LocalDate to, LocalDate at) {
    List<ClassifiedTask> tasks =
        register.tasksOf(
            unit, from, to, at, EnumSet.of(StatusClass.COMPLETED_LATE, StatusClass.OPEN_OVERDUE));
    Map<Long, String> explanations = new HashMap<>();
    // The unit's latest explanation of each task (the last one written wins), a thousand tasks per
    // statement.
    List<Long> ids = tasks.stream().map(ClassifiedTask::id).toList();
    for (int i = 0; i < ids.size(); i += 1000) {
      jdbc.sql(
              "select e.task_id, e.explanation from task_explanation e where e.task_id in (:ids) and e.explanation is not null"
                  + " order by e.id")
          .param("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
          .query(
              (ResultSet rs) -> {
                explanations.put(rs.getLong(1), rs.getString(2));
              });
    }
    return tasks.stream()
        .map(
            t ->
                new LateTask(
                    t.id(),
                    t.registerNumber(),
                    t.content(),
                    t.assignedOn(),
                    t.deadline(),
                    t.completedOn(),
                    t.statusClass(),
                    explanations.get(t.id())))
        .toList();
  }
}
