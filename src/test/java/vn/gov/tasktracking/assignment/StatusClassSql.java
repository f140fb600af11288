package vn.gov.tasktracking.assignment;

/**
 * For tests outside assignment that check the register's rows themselves: the status class as SQL,
 * at {@code :at}.
 */
public final class StatusClassSql {

  public static final String AT = StatusClass.SQL;

  private StatusClassSql() {}
}
