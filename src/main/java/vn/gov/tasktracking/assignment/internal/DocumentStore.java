package vn.gov.tasktracking.assignment.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.tasktracking.system.EngineClock;

/**
 * Attached documents: a directive's text, a unit's report. Kept in the database with the register.
 */
@Repository
public class DocumentStore {

  public record StoredDocument(
      long id, String fileName, String contentType, long size, byte[] content, String uploadedBy) {}

  private final JdbcClient jdbc;
  private final EngineClock clock;

  DocumentStore(JdbcClient jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public long save(String fileName, String contentType, byte[] content, String uploadedBy) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into document (file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(
            fileName, contentType, content.length, content, uploadedBy, Timestamp.from(clock.now()))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<StoredDocument> find(long id) {
    return jdbc.sql(
            "select id, file_name, content_type, size_bytes, content, uploaded_by from document where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new StoredDocument(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getBytes(5),
                    rs.getString(6)))
        .optional();
  }

  /** Who uploaded the document; empty when there is no such document. */
  public Optional<String> uploader(long id) {
    return jdbc.sql("select coalesce(uploaded_by, '') from document where id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  /**
   * The tasks a document belongs to: through their directive, or as a result submitted for them.
   */
  public List<Long> taskIds(long id) {
    return jdbc.sql(
            """
            select t.id from assigned_task t join directive d on d.id = t.directive_id where d.document_id = :id
            union
            select s.task_id from task_submission s where s.document_id = :id""")
        .param("id", id)
        .query(Long.class)
        .list();
  }
}
