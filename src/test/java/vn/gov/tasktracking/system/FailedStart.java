package vn.gov.tasktracking.system;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A start of the application that must fail, run as the built jar in a JVM of its own: a start that
 * fails inside the tests' JVM leaves Camunda's webapp filters holding the failed context (they keep
 * it in a static field), and every test context created after it then fails to start.
 */
public final class FailedStart {

  private static final Path JAR =
      Path.of("target", "task-tracking-0.1.0-SNAPSHOT.jar").toAbsolutePath();

  /** What the start printed, and how it ended. */
  public record Outcome(int exitCode, String log) {}

  private FailedStart() {}

  /**
   * Starts the jar in {@code folder} with these arguments and waits (two minutes at most) for it to
   * end.
   */
  public static Outcome run(Path folder, String... args) throws IOException, InterruptedException {
    assumeTrue(
        Files.isRegularFile(JAR),
        "No executable jar at " + JAR + " (mvn package makes it before the integration tests)");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "--server.port=0"));
    command.addAll(List.of(args));
    Path log = folder.resolve("start.log");
    Process app =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!app.waitFor(2, TimeUnit.MINUTES)) {
      app.destroyForcibly().waitFor();
      throw new AssertionError(
          "The start did not end within two minutes:\n"
              + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Outcome(app.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
