package vn.gov.tasktracking.notification;

import java.sql.Timestamp;
import java.util.Collection;
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
  private final EngineClock clock;

  NotificationService(JdbcClient jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** @param link a path inside the product, e.g. to the task in Tasklist */
  public void notify(Collection<String> recipients, String subject, String body, String link) {
    Timestamp now = Timestamp.from(clock.now());
    for (String recipient : recipients) {
      jdbc.sql("insert into notification (recipient, subject, body, link, created_at) values (?, ?, ?, ?, ?)")
          .params(recipient, subject, body, link, now)
          .update();
    }
  }

  public int unreadCount(String recipient) {
    return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
        .param(recipient)
        .query(Integer.class)
        .single();
  }
}
