package vn.gov.tasktracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.gov.tasktracking.system.internal.ApiExceptionHandler;

/**
 * Which failures mean "the database is out of reach" (503 with Retry-After, the client tries again)
 * and which do not (a real error stays 500 or its own answer), as the engine, MyBatis and Spring
 * wrap them.
 */
class UnavailableTest {

  @Test
  void connectionFailuresInWhateverWrapperAreRecognised() {
    assertThat(
            Unavailable.databaseUnreachable(
                new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 2000ms."))))
        .isTrue();
    assertThat(
            Unavailable.databaseUnreachable(
                new CannotCreateTransactionException("Could not open JDBC Connection")))
        .isTrue();
    // The engine's commands: ProcessEngineException around MyBatis around the driver's exception.
    assertThat(
            Unavailable.databaseUnreachable(
                new ProcessEngineException(
                    "ENGINE-03083 Exception while executing Batch Database Operations",
                    new PersistenceException(
                        "Error querying database",
                        new SQLException("Connection refused", "08001")))))
        .isTrue();
    assertThat(
            Unavailable.databaseUnreachable(
                new ProcessEngineException(
                    "x",
                    new PersistenceException(
                        new SQLException(
                            "terminating connection due to administrator command", "57P01")))))
        .isTrue();
    assertThat(
            Unavailable.databaseUnreachable(
                new IllegalStateException(new ConnectException("Connection refused"))))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(
            Unavailable.databaseUnreachable(
                new ProcessEngineException(
                    "x",
                    new PersistenceException(
                        new SQLException(
                            "duplicate key value violates unique constraint", "23505")))))
        .isFalse();
    assertThat(Unavailable.databaseUnreachable(new IllegalArgumentException("bad"))).isFalse();
    assertThat(Unavailable.databaseUnreachable(null)).isFalse();
  }

  @Test
  void theApiAnswers503WithRetryAfterAndTheVietnameseMessage() {
    ApiExceptionHandler handler = new ApiExceptionHandler();
    for (ResponseEntity<ApiExceptionHandler.ApiError> answer :
        List.of(
            handler.engine(
                new ProcessEngineException(
                    "x", new PersistenceException(new SQLTransientConnectionException("timeout")))),
            handler.unavailable(
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))) {
      assertThat(answer.getStatusCode().value()).isEqualTo(503);
      assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("10");
      assertThat(answer.getBody().message())
          .isEqualTo("Hệ thống đang khởi động / tạm thời không sẵn sàng, vui lòng thử lại");
    }
  }
}
