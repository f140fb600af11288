package vn.gov.tasktracking.operations.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, checked in the background on a connection of its own (not one of
 * the pool, which a busy job executor may have in use), each check bounded by a short timeout. The
 * probe and the API gate read the last result and never wait for the database: a check that hangs
 * past its timeout leaves the result stale, and a stale result counts as unreachable. Health
 * indicator "database" (readiness group).
 */
@Component("database")
public class DatabaseReachability implements HealthIndicator, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseReachability.class);

  /**
   * How much later than due a check may end before its result counts as stale: a check that hangs
   * past its own timeout, not a checker thread scheduled late on a busy machine (which must not
   * make a node unready).
   */
  private static final Duration STALL = Duration.ofSeconds(10);

  private final String url;
  private final String username;
  private final String password;
  private final Duration interval;
  private final Duration timeout;
  private final Clock clock = Clock.systemUTC();
  private final ScheduledExecutorService checker;

  private Connection connection;
  private volatile Instant lastReached;
  private volatile boolean lastCheckReached;
  private volatile String lastProblem = "chưa kiểm tra";
  private volatile boolean reportedDown;

  DatabaseReachability(
      DataSourceProperties dataSource,
      @Value("${tasktracking.health.database.interval:PT2S}") Duration interval,
      @Value("${tasktracking.health.database.timeout:PT2S}") Duration timeout) {
    this.url = dataSource.determineUrl();
    this.username = dataSource.determineUsername();
    this.password = dataSource.determinePassword();
    this.interval = interval;
    this.timeout = timeout;
    this.checker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "database-reachability");
              thread.setDaemon(true);
              return thread;
            });
    checker.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * @return true when the last check, recent enough, reached the database
   */
  public boolean reachable() {
    Instant reached = lastReached;
    return lastCheckReached
        && reached != null
        && !reached.plus(interval).plus(timeout).plus(STALL).isBefore(clock.instant());
  }

  @Override
  public Health health() {
    if (reachable()) {
      return Health.up().withDetail("lastReached", lastReached.toString()).build();
    }
    Health.Builder down = Health.down().withDetail("problem", lastProblem);
    if (lastReached != null) {
      down.withDetail("lastReached", lastReached.toString());
    }
    return down.build();
  }

  /** Runs the check now (tests; the background thread does it every interval). */
  public synchronized void check() {
    try {
      if (connection == null || connection.isClosed()) {
        connection = open();
      }
      if (!connection.isValid(timeoutSeconds())) {
        throw new SQLException("connection not valid within " + timeoutSeconds() + " s");
      }
      lastReached = clock.instant();
      lastCheckReached = true;
      if (reportedDown) {
        LOG.info("Database reachable again");
        reportedDown = false;
      }
    } catch (SQLException | RuntimeException e) {
      lastCheckReached = false;
      lastProblem = e.getClass().getSimpleName() + ": " + e.getMessage();
      closeQuietly();
      if (!reportedDown) {
        LOG.warn(
            "Database unreachable ({}): the node reports not ready until it answers", lastProblem);
        reportedDown = true;
      }
    }
  }

  private Connection open() throws SQLException {
    Properties properties = new Properties();
    if (username != null) {
      properties.setProperty("user", username);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    if (url.startsWith("jdbc:postgresql:")) {
      String seconds = String.valueOf(timeoutSeconds());
      properties.setProperty("connectTimeout", seconds);
      properties.setProperty("loginTimeout", seconds);
      properties.setProperty("socketTimeout", seconds);
      properties.setProperty("ApplicationName", "tasktracking-health");
    }
    return DriverManager.getConnection(url, properties);
  }

  private int timeoutSeconds() {
    return (int) Math.max(1, timeout.toSeconds());
  }

  private void closeQuietly() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException | RuntimeException ignored) {
        // Already broken.
      }
      connection = null;
    }
  }

  @Override
  public void destroy() {
    checker.shutdownNow();
    synchronized (this) {
      closeQuietly();
    }
  }
}
