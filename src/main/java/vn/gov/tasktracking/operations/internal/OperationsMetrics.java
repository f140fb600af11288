package vn.gov.tasktracking.operations.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.notification.DeliveryState;

/**
 * What an operator watches, read from the database: the job backlog (due, locked, failed), open
 * incidents, notifications by delivery state, and how late the oldest due reminder is. One read of
 * a few aggregate statements serves every gauge for {@code tasktracking.metrics.refresh} (a scrape
 * every few seconds costs the database one scan of the job table per interval, whatever the number
 * of gauges and scrapers). While the database is unreachable the gauges read NaN.
 */
@Component
class OperationsMetrics implements MeterBinder {

  static final String JOBS = "tasktracking.jobs";
  static final String INCIDENTS = "tasktracking.incidents.open";
  static final String NOTIFICATIONS = "tasktracking.notifications";
  static final String REMINDER_LAG = "tasktracking.reminders.lag";

  /** The reminder timer of the task-assignment process (processes/task-assignment.bpmn). */
  static final String REMINDER_PROCESS = "task-assignment";

  static final String REMINDER_TIMER = "Timer_NextReminder";

  private static final Logger LOG = LoggerFactory.getLogger(OperationsMetrics.class);

  private final JdbcTemplate jdbc;
  private final DatabaseReachability database;
  private final Duration refresh;
  private final Clock clock = Clock.systemUTC();

  private Snapshot snapshot;
  private Instant readAt;

  /** One reading; NaN where the database could not be read. */
  record Snapshot(
      double due,
      double locked,
      double failed,
      double incidents,
      Map<DeliveryState, Double> notifications,
      double reminderLagSeconds) {

    static final Snapshot UNKNOWN =
        new Snapshot(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Map.of(), Double.NaN);

    double notifications(DeliveryState state) {
      return notifications.getOrDefault(state, Double.NaN);
    }
  }

  OperationsMetrics(
      DataSource dataSource,
      DatabaseReachability database,
      @Value("${tasktracking.metrics.refresh:PT10S}") Duration refresh) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setQueryTimeout(5);
    this.database = database;
    this.refresh = refresh;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(
        registry,
        JOBS,
        "Jobs due and waiting for a job executor (not locked, retries left)",
        "state",
        "due",
        Snapshot::due);
    gauge(
        registry,
        JOBS,
        "Jobs locked by a node's job executor (acquired, running or queued)",
        "state",
        "locked",
        Snapshot::locked);
    gauge(
        registry,
        JOBS,
        "Jobs whose retries ran out (retries 0), each with an incident",
        "state",
        "failed",
        Snapshot::failed);
    Gauge.builder(INCIDENTS, this, m -> m.read().incidents())
        .description("Open incidents of the process engine")
        .register(registry);
    for (DeliveryState state : DeliveryState.values()) {
      gauge(
          registry,
          NOTIFICATIONS,
          "Notifications by delivery state",
          "state",
          state.name().toLowerCase(Locale.ROOT),
          s -> s.notifications(state));
    }
    Gauge.builder(REMINDER_LAG, this, m -> m.read().reminderLagSeconds())
        .description("How late the oldest due reminder timer is (0 when none is due)")
        .baseUnit("seconds")
        .register(registry);
  }

  private void gauge(
      MeterRegistry registry,
      String name,
      String description,
      String tag,
      String value,
      ToDoubleFunction<Snapshot> read) {
    Gauge.builder(name, this, m -> read.applyAsDouble(m.read()))
        .description(description)
        .tag(tag, value)
        .register(registry);
  }

  /** The reading of the last {@code refresh}, or a new one. */
  synchronized Snapshot read() {
    Instant now = clock.instant();
    if (snapshot == null || readAt.plus(refresh).isBefore(now) || refresh.isZero()) {
      snapshot = database.reachable() ? query() : Snapshot.UNKNOWN;
      readAt = now;
    }
    return snapshot;
  }

  private Snapshot query() {
    try {
      // The engine's clock, in the form the engine writes its dates in.
      Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
      Map<String, Object> jobs =
          jdbc.queryForMap(
              """
          select
            coalesce(sum(case when retries_ > 0 and suspension_state_ = 1 and (duedate_ is null or duedate_ <= ?)
              and (lock_owner_ is null or lock_exp_time_ is null or lock_exp_time_ <= ?) then 1 else 0 end), 0) as due,
            coalesce(sum(case when lock_owner_ is not null and lock_exp_time_ > ? then 1 else 0 end), 0) as locked,
            coalesce(sum(case when retries_ = 0 then 1 else 0 end), 0) as failed
          from act_ru_job""",
              now,
              now,
              now);
      Long incidents = jdbc.queryForObject("select count(*) from act_ru_incident", Long.class);
      Map<DeliveryState, Double> notifications = new EnumMap<>(DeliveryState.class);
      for (DeliveryState state : DeliveryState.values()) {
        notifications.put(state, 0.0);
      }
      jdbc.query(
          "select state, count(*) from notification_log group by state",
          rs -> {
            notifications.put(DeliveryState.valueOf(rs.getString(1)), rs.getDouble(2));
          });
      Timestamp oldestDue =
          jdbc.queryForObject(
              """
          select min(j.duedate_) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
          where d.proc_def_key_ = ? and d.act_id_ = ? and j.type_ = 'timer' and j.retries_ > 0 and j.duedate_ <= ?""",
              Timestamp.class,
              REMINDER_PROCESS,
              REMINDER_TIMER,
              now);
      double lag =
          oldestDue == null ? 0 : Math.max(0, (now.getTime() - oldestDue.getTime()) / 1000.0);
      return new Snapshot(
          number(jobs.get("due")),
          number(jobs.get("locked")),
          number(jobs.get("failed")),
          incidents == null ? 0 : incidents,
          notifications,
          lag);
    } catch (RuntimeException e) {
      LOG.warn("Operations metrics not read: {}", e.toString());
      return Snapshot.UNKNOWN;
    }
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : 0;
  }
}
