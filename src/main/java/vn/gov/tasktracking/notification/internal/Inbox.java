package vn.gov.tasktracking.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.tasktracking.notification.NotificationKind;
import vn.gov.tasktracking.notification.NotificationService;
import vn.gov.tasktracking.notification.NotificationSettings;

/** The table {@code notification}: each person's in-app inbox. */
@Repository
public class Inbox {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  Inbox(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Puts freshly recorded notifications in their recipients' inboxes. */
  public void deliver(List<NotificationLog.Entry> entries) {
    batch.batchUpdate(
        """
        insert into notification (notification_key, kind, recipient, subject, body, link, created_at)
        values (?, ?, ?, ?, ?, ?, ?)""",
        entries.stream()
            .map(
                e ->
                    new Object[] {
                      e.key(),
                      e.kind().name(),
                      e.recipient(),
                      e.subject(),
                      e.body(),
                      e.link(),
                      Timestamp.from(e.createdAt())
                    })
            .toList());
  }

  public List<NotificationService.InboxMessage> page(String recipient, int page, int size) {
    return jdbc.sql(
            "select * from notification where recipient = ? order by id desc offset ? rows fetch next ? rows only")
        .params(recipient, (long) page * size, size)
        .query(Inbox::item)
        .list();
  }

  public long count(String recipient) {
    return jdbc.sql("select count(*) from notification where recipient = ?")
        .param(recipient)
        .query(Long.class)
        .single();
  }

  public long unread(String recipient) {
    return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
        .param(recipient)
        .query(Long.class)
        .single();
  }

  /**
   * @return false when the recipient has no such message
   */
  public boolean markRead(long id, String recipient, Instant now) {
    boolean mine =
        jdbc.sql("select count(*) from notification where id = ? and recipient = ?")
                .params(id, recipient)
                .query(Long.class)
                .single()
            > 0;
    if (mine) {
      jdbc.sql("update notification set read_at = ? where id = ? and read_at is null")
          .params(Timestamp.from(now), id)
          .update();
    }
    return mine;
  }

  private static NotificationService.InboxMessage item(ResultSet rs, int row) throws SQLException {
    String kind = rs.getString("kind");
    return new NotificationService.InboxMessage(
        rs.getLong("id"),
        kind,
        kind == null ? null : NotificationKind.valueOf(kind).label(),
        rs.getString("subject"),
        rs.getString("body"),
        NotificationSettings.targetOf(rs.getString("notification_key"), rs.getString("link")),
        rs.getString("link"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant());
  }
}
