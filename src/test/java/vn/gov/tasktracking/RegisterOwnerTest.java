package vn.gov.tasktracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner for the register's table (issue 18): {@code reporting} and {@code inspection} ask
 * {@code assignment}'s API (RegisterStatistics, RegisterLookup) and hold no SQL on {@code
 * assigned_task}. ({@code importing}'s inserts and {@code demo}'s count still name it: they go with
 * the move of the register's writes into {@code assignment}.)
 */
class RegisterOwnerTest {

  @Test
  void reportingAndInspectionWriteNoSqlOnTheRegistersTable() throws IOException {
    for (String module : List.of("reporting", "inspection")) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/gov/tasktracking", module))) {
        List<Path> naming =
            files
                .filter(f -> f.toString().endsWith(".java"))
                .filter(f -> read(f).contains("assigned_task"))
                .toList();
        assertThat(naming).as("SQL of %s naming assigned_task", module).isEmpty();
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
