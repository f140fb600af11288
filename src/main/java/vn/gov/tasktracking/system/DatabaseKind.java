package vn.gov.tasktracking.system;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Which database the product runs on, asked once: PostgreSQL in production, H2 embedded. */
@Component
public class DatabaseKind {

  private final boolean postgres;

  @Autowired
  DatabaseKind(DataSource dataSource) throws MetaDataAccessException {
    this(
        "PostgreSQL"
            .equals(
                JdbcUtils.extractDatabaseMetaData(
                    dataSource, DatabaseMetaData::getDatabaseProductName)));
  }

  private DatabaseKind(boolean postgres) {
    this.postgres = postgres;
  }

  /**
   * The kind of the database behind a client (for code that is given a client, not the
   * application's data source).
   */
  public static DatabaseKind of(JdbcClient jdbc) {
    return new DatabaseKind(
        jdbc.sql("select 1")
            .query(
                (rs, n) ->
                    "PostgreSQL"
                        .equals(
                            rs.getStatement()
                                .getConnection()
                                .getMetaData()
                                .getDatabaseProductName()))
            .single());
  }

  public boolean postgres() {
    return postgres;
  }
}
