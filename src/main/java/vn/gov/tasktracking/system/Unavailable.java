package vn.gov.tasktracking.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A node that cannot serve a request for now, not because of the request: still starting, or its
 * database unreachable. The answer is 503 with {@code Retry-After}, which a client can act on,
 * never 401/403 (the identity service not yet there) or 500.
 */
public final class Unavailable {

  public static final String MESSAGE =
      "Hệ thống đang khởi động / tạm thời không sẵn sàng, vui lòng thử lại";

  /** Seconds a client should wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 10;

  private Unavailable() {}

  /**
   * Whether a failure comes from the database being out of reach (no connection from the pool, a
   * connection refused or broken), in whatever the engine, MyBatis or Spring wrapped it.
   */
  public static boolean databaseUnreachable(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (t instanceof DataAccessResourceFailureException
          || t instanceof CannotCreateTransactionException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQL states of class 08 (connection exception) and PostgreSQL's server shutting down or
   * starting.
   */
  private static boolean isConnectionState(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03"));
  }
}
