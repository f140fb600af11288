package vn.gov.tasktracking.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.tasktracking.notification.DeliveryState;
import vn.gov.tasktracking.notification.NotificationKind;

/**
 * The table {@code notification_log}: every notification, what it says and how far its delivery
 * got.
 */
@Repository
public class NotificationLog {

  /** One notification to one person. */
  public record Entry(
      String key,
      NotificationKind kind,
      String recipient,
      String registerNumber,
      String subject,
      String body,
      String emailText,
      String emailHtml,
      String link,
      Instant createdAt,
      DeliveryState state,
      DeliveryState inboxState,
      DeliveryState emailState,
      String emailAddress,
      int emailAttempts,
      String failureReason,
      Instant deliveredAt) {}

  // The notification as a whole follows its e-mail: the inbox got it when it was recorded.
  private static final String OVERALL_STATE =
      """
      update notification_log set
        state = case when email_state = 'FAILED' then 'FAILED' when email_state = 'PENDING' then 'PENDING' else 'SENT' end,
        delivered_at = case when email_state is null or email_state <> 'PENDING' then cast(? as timestamp) end
      where notification_key = ?""";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  NotificationLog(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  public void insert(List<Entry> entries) {
    batch.batchUpdate(
        """
        insert into notification_log (notification_key, kind, recipient, register_number, subject, body, email_text,
          email_html, link, created_at, state, inbox_state, email_state, delivered_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        entries.stream()
            .map(
                e ->
                    new Object[] {
                      e.key(),
                      e.kind().name(),
                      e.recipient(),
                      e.registerNumber(),
                      e.subject(),
                      e.body(),
                      e.emailText(),
                      e.emailHtml(),
                      e.link(),
                      Timestamp.from(e.createdAt()),
                      e.state().name(),
                      name(e.inboxState()),
                      name(e.emailState()),
                      e.deliveredAt() == null ? null : Timestamp.from(e.deliveredAt())
                    })
            .toList());
  }

  Optional<Entry> find(String key) {
    return jdbc.sql("select * from notification_log where notification_key = ?")
        .param(key)
        .query(NotificationLog::entry)
        .optional();
  }

  /**
   * @param attempted whether an SMTP server was asked, so the attempt counts
   * @param reason why it failed, or null
   */
  void markEmail(
      String key,
      DeliveryState state,
      String address,
      boolean attempted,
      String reason,
      Instant now) {
    jdbc.sql(
            """
            update notification_log set email_state = ?, email_address = ?, email_attempts = email_attempts + ?,
              failure_reason = ?
            where notification_key = ?""")
        .params(
            state.name(),
            address,
            attempted ? 1 : 0,
            reason == null ? null : truncate(reason, 2000),
            key)
        .update();
    updateOverallState(key, now);
  }

  /** Newest first; every state when {@code state} is null. */
  public List<Entry> page(DeliveryState state, int page, int size) {
    return jdbc.sql(
            "select * from notification_log where (cast(? as varchar(10)) is null or state = ?) order by created_at desc, notification_key"
                + " offset ? rows fetch next ? rows only")
        .params(name(state), name(state), (long) page * size, size)
        .query(NotificationLog::entry)
        .list();
  }

  public long count(DeliveryState state) {
    return jdbc.sql(
            "select count(*) from notification_log where (cast(? as varchar(10)) is null or state = ?)")
        .params(name(state), name(state))
        .query(Long.class)
        .single();
  }

  private void updateOverallState(String key, Instant now) {
    jdbc.sql(OVERALL_STATE).params(Timestamp.from(now), key).update();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static Entry entry(ResultSet rs, int row) throws SQLException {
    return new Entry(
        rs.getString("notification_key"),
        NotificationKind.valueOf(rs.getString("kind")),
        rs.getString("recipient"),
        rs.getString("register_number"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("email_text"),
        rs.getString("email_html"),
        rs.getString("link"),
        rs.getTimestamp("created_at").toInstant(),
        DeliveryState.valueOf(rs.getString("state")),
        state(rs.getString("inbox_state")),
        state(rs.getString("email_state")),
        rs.getString("email_address"),
        rs.getInt("email_attempts"),
        rs.getString("failure_reason"),
        rs.getTimestamp("delivered_at") == null
            ? null
            : rs.getTimestamp("delivered_at").toInstant());
  }

  private static DeliveryState state(String value) {
    return value == null ? null : DeliveryState.valueOf(value);
  }
}
