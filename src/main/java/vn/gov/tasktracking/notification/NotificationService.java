package vn.gov.tasktracking.notification;

import java.sql.Timestamp;
import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.tasktracking.system.EngineClock;

/**
 * Tells people what happened to their tasks. Messages land in each recipient's in-app inbox, in
 * the same transaction as the change they report.
 */
@Service
public class NotificationService {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final EngineClock clock;

  NotificationService(JdbcClient jdbc, JdbcTemplate batch, EngineClock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.clock = clock;
  }

  /** @param link a path inside the product, e.g. to the task in Tasklist */
  public void notify(Collection<String> recipients, String subject, String body, String link) {
    Timestamp now = Timestamp.from(clock.now());
    batch.batchUpdate(
        "insert into notification (recipient, subject, body, link, created_at) values (?, ?, ?, ?, ?)",
        recipients.stream().map(r -> new Object[] {r, subject, body, link, now}).toList());
  }

  public int unreadCount(String recipient) {
    return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
        .param(recipient)
        .query(Integer.class)
        .single();
  }
}
