package vn.gov.tasktracking.inspection;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.reporting.Figures;
import vn.gov.tasktracking.reporting.ReportService;
import vn.gov.tasktracking.assignment.StatusClass;

/**
 * A unit's figures for a period, from the task register: the counts per class as the reports give
 * them, and the late and overdue tasks one by one ({@link StatusClass#SQL} at a reference date).
 */
@Component
public class InspectionFigures {

  /** The counts per class; {@code total} leaves withdrawn tasks out, as DOMAIN.md counts. */
  public record Counts(
      int total, int completedOnTime, int completedBeforeDeadline, int completedLate, int completedNoDeadline,
      int openWithinDeadline, int openOverdue, int openNoDeadline, int withdrawn) {

    public int completed() {
      return completedOnTime + completedLate + completedNoDeadline;
    }

    public int open() {
      return openWithinDeadline + openOverdue + openNoDeadline;
    }
  }

  /** A task completed late or open overdue, with the unit's latest explanation in the register. */
  public record LateTask(
      long taskId, String registerNumber, String content, LocalDate assignedOn, LocalDate deadline, LocalDate completedOn,
      StatusClass statusClass, String explanation) {}

  private static final String CLASSIFIED =
      "select t.id, t.register_number, t.content, t.assigned_on, t.current_deadline, t.completed_on, "
          + StatusClass.SQL
          + " as status_class from assigned_task t"
          + " where t.lead_unit_code = :unit and t.assigned_on between :from and :to";

  private final JdbcClient jdbc;
  private final ReportService reports;

  InspectionFigures(JdbcClient jdbc, ReportService reports) {
    this.jdbc = jdbc;
    this.reports = reports;
  }

  /** The counts as the province's reports give them ({@link ReportService#unitFigures}), for the record to keep. */
  public Counts counts(String unit, LocalDate from, LocalDate to, LocalDate at) {
    Figures f = reports.unitFigures(unit, from, to, at);
    return new Counts((int) f.assigned(), (int) f.completedOnTime(), (int) f.completedBeforeDeadline(), (int) f.completedLate(),
        (int) f.completedNoDeadline(), (int) f.openWithinDeadline(), (int) f.openOverdue(), (int) f.openNoDeadline(),
        (int) f.withdrawn());
  }

  /** Tasks completed late or open overdue at the reference date, oldest first. */
  public List<LateTask> lateTasks(String unit, LocalDate from, LocalDate to, LocalDate at) {
    return jdbc.sql(
            "select c.*, (select e.explanation from task_explanation e where e.task_id = c.id and e.explanation is not null"
                + " order by e.id desc fetch first 1 rows only) as explanation from (" + CLASSIFIED + ") c"
                + " where c.status_class in ('COMPLETED_LATE', 'OPEN_OVERDUE') order by c.assigned_on, c.id")
        .param("unit", unit).param("from", from).param("to", to).param("at", at)
        .query((rs, n) -> new LateTask(rs.getLong("id"), rs.getString("register_number"), rs.getString("content"),
            date(rs.getDate("assigned_on")), date(rs.getDate("current_deadline")), date(rs.getDate("completed_on")),
            StatusClass.valueOf(rs.getString("status_class")), rs.getString("explanation")))
        .list();
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
