package vn.gov.tasktracking.assignment;

import java.util.Locale;

/**
 * A figure of the statistics as a filter of the register: the tasks a figure counts, so a figure of
 * the dashboard opens exactly those tasks ({@code GET /api/tasks?figure=…} with the figure's
 * period, reference date and row). Each is one condition on a row of {@code assigned_task} (alias
 * {@code t}) at the date bound to {@code :at}, written with {@link StatusClass#SQL}, as the
 * statistics (reporting.Tally) count them; {@link #DUE_SOON} also reads {@code :soon}, the
 * reference date plus {@link #DUE_SOON_WORKING_DAYS} working days.
 */
public enum TaskFigure {
  ASSIGNED("Tổng số giao (trừ đã rút)", "<> 'WITHDRAWN'", null),
  COMPLETED(
      "Đã hoàn thành", "in ('COMPLETED_ON_TIME', 'COMPLETED_LATE', 'COMPLETED_NO_DEADLINE')", null),
  OPEN("Đang thực hiện", "in ('OPEN_WITHIN_DEADLINE', 'OPEN_OVERDUE', 'OPEN_NO_DEADLINE')", null),
  COMPLETED_ON_TIME("Hoàn thành đúng hạn", "= 'COMPLETED_ON_TIME'", null),
  COMPLETED_BEFORE_DEADLINE(
      "Hoàn thành trước hạn", "= 'COMPLETED_ON_TIME'", "t.completed_on < t.current_deadline"),
  COMPLETED_LATE("Hoàn thành quá hạn", "= 'COMPLETED_LATE'", null),
  COMPLETED_NO_DEADLINE("Hoàn thành (không thời hạn)", "= 'COMPLETED_NO_DEADLINE'", null),
  OPEN_WITHIN_DEADLINE("Đang thực hiện trong hạn", "= 'OPEN_WITHIN_DEADLINE'", null),
  DUE_SOON("Sắp đến hạn", "= 'OPEN_WITHIN_DEADLINE'", "t.current_deadline <= :soon"),
  OPEN_OVERDUE("Đang thực hiện quá hạn", "= 'OPEN_OVERDUE'", null),
  OPEN_NO_DEADLINE("Đang thực hiện (không thời hạn)", "= 'OPEN_NO_DEADLINE'", null),
  NO_DEADLINE("Không thời hạn", "in ('COMPLETED_NO_DEADLINE', 'OPEN_NO_DEADLINE')", null),
  WITHDRAWN("Đã rút", "= 'WITHDRAWN'", null),
  EXTENDED("Được gia hạn", "<> 'WITHDRAWN'", "t.current_deadline <> t.original_deadline");

  /**
   * Open tasks whose deadline is within this many working days of the reference date are due soon.
   */
  public static final int DUE_SOON_WORKING_DAYS = 3;

  private final String label;
  private final String classCondition;
  private final String extraCondition;

  TaskFigure(String label, String classCondition, String extraCondition) {
    this.label = label;
    this.classCondition = classCondition;
    this.extraCondition = extraCondition;
  }

  public String label() {
    return label;
  }

  /** Whether the condition reads {@code :soon}. */
  public boolean readsSoon() {
    return this == DUE_SOON;
  }

  /** The condition on {@code t} at {@code :at}. */
  public String sql() {
    return "("
        + StatusClass.SQL
        + ") "
        + classCondition
        + (extraCondition == null ? "" : " and " + extraCondition);
  }

  /**
   * The figure's name as the statistics API spells its field: completedOnTime for
   * COMPLETED_ON_TIME.
   */
  public String field() {
    StringBuilder s = new StringBuilder();
    boolean upper = false;
    for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        s.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return s.toString();
  }
}
