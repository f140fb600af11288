package vn.gov.tasktracking.assignment;

/**
 * The class a task falls in at a reference date, as reports count it (docs/domain.md). Withdrawn
 * tasks are counted apart, never in the six classes.
 */
public enum StatusClass {
  COMPLETED_ON_TIME("Hoàn thành đúng hạn"),
  COMPLETED_LATE("Hoàn thành quá hạn"),
  COMPLETED_NO_DEADLINE("Hoàn thành (không thời hạn)"),
  OPEN_WITHIN_DEADLINE("Đang thực hiện trong hạn"),
  OPEN_OVERDUE("Đang thực hiện quá hạn"),
  OPEN_NO_DEADLINE("Đang thực hiện (không thời hạn)"),
  WITHDRAWN("Đã rút");

  private final String label;

  StatusClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The SQL that computes the class of a row of {@code assigned_task} (alias {@code t}) at the date
   * bound to {@code :at}; the one definition the register's queries and {@link RegisterStatistics}
   * share. Other modules ask {@link RegisterStatistics}: the fragment is not theirs to use.
   */
  public static final String SQL =
      """
      case
        when t.withdrawn_on is not null and t.withdrawn_on <= :at then 'WITHDRAWN'
        when t.completed_on is not null and t.completed_on <= :at then
          case when t.current_deadline is null then 'COMPLETED_NO_DEADLINE'
               when t.completed_on <= t.current_deadline then 'COMPLETED_ON_TIME'
               else 'COMPLETED_LATE' end
        when t.current_deadline is null then 'OPEN_NO_DEADLINE'
        when :at <= t.current_deadline then 'OPEN_WITHIN_DEADLINE'
        else 'OPEN_OVERDUE'
      end""";
}
