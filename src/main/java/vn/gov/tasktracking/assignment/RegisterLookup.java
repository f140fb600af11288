package vn.gov.tasktracking.assignment;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The register number and status of tasks other modules refer to by id (e.g. an inspection's
 * requirements).
 */
@Service
public class RegisterLookup {

  /** A task as another module names it. */
  public record TaskRef(long id, String registerNumber, TaskStatus status) {}

  private final JdbcClient jdbc;

  RegisterLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The tasks of these ids that exist, by id; a thousand per statement. */
  public Map<Long, TaskRef> byIds(Collection<Long> ids) {
    Map<Long, TaskRef> found = new HashMap<>();
    List<Long> all = List.copyOf(ids);
    for (int i = 0; i < all.size(); i += 1000) {
      jdbc.sql("select id, register_number, status from assigned_task where id in (:ids)")
          .param("ids", all.subList(i, Math.min(all.size(), i + 1000)))
          .query(
              (ResultSet rs) -> {
                found.put(
                    rs.getLong(1),
                    new TaskRef(
                        rs.getLong(1), rs.getString(2), TaskStatus.valueOf(rs.getString(3))));
              });
    }
    return found;
  }
}
