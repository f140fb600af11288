package vn.gov.tasktracking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable jar, started as an operator would from a folder without {@code processes/},
 * deploys the models bundled in it, says so in its log, and logs the addresses on its port.
 */
class BundledModelsIT {

  private static final Path JAR =
      Path.of("target", "task-tracking-0.1.0-SNAPSHOT.jar").toAbsolutePath();
  private static final Pattern TASKLIST =
      Pattern.compile("Tasklist +(http://localhost:(\\d+)\\S*)");

  @TempDir Path folder;

  /** How many files of a kind the repository's processes/ holds: all of them are bundled. */
  private static long modelsInFolder(String suffix) throws IOException {
    try (var files = Files.list(Path.of("processes"))) {
      return files.filter(file -> file.getFileName().toString().endsWith(suffix)).count();
    }
  }

  @Test
  void theJarStartedFromAnEmptyFolderDeploysItsBundledModels() throws Exception {
    assumeTrue(
        Files.isRegularFile(JAR),
        "No executable jar at " + JAR + " (mvn package makes it before the integration tests)");
    Path log = folder.resolve("start.log");
    Process app =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                // As an operator starts a new installation: with its first administrator (else the
                // start refuses).
                "--server.port=0",
                "--camunda.bpm.admin-user.id=quantri.thu",
                "--camunda.bpm.admin-user.password=Quan-tri-thu-2026")
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    String text;
    try {
      text = awaitReady(app, log);
      Matcher tasklist = TASKLIST.matcher(text);
      assertThat(tasklist.find()).as("the address of Tasklist in the log:\n%s", text).isTrue();
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(tasklist.group(1))).build(),
                  HttpResponse.BodyHandlers.ofString());
      // Without any user yet, Camunda sends the first visitor on to create the administrator.
      assertThat(page.statusCode()).isIn(200, 302);
      assertThat(text)
          .contains(
              "Processes from classpath:processes/ (models bundled in the application): "
                  + (modelsInFolder(".bpmn") + modelsInFolder(".dmn") + modelsInFolder(".form"))
                  + " files, deployed as");
    } finally {
      app.destroy();
      app.waitFor(60, TimeUnit.SECONDS);
      app.destroyForcibly();
    }
    assertThat(Files.exists(folder.resolve("processes"))).isFalse();
    try (Connection db =
        DriverManager.getConnection(
            "jdbc:h2:file:" + folder.resolve("data/tasktracking"), "sa", "")) {
      assertThat(
              count(
                  db,
                  "select count(*) from act_re_procdef where key_ in ('task-assignment', 'inspection-visit', "
                      + "'inspection-petition', 'notification-delivery')"))
          .isEqualTo(4);
      assertThat(
              count(db, "select count(*) from act_re_decision_def where key_ = 'reminder-policy'"))
          .isEqualTo(1);
      assertThat(
              count(
                  db,
                  "select count(*) from act_ge_bytearray where name_ like '%.form' and deployment_id_ is not null"))
          .isEqualTo(modelsInFolder(".form"));
    }
  }

  private static String awaitReady(Process app, Path log) throws IOException, InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < until) {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      if (text.contains("Ready in") && TASKLIST.matcher(text).find()) {
        return text;
      }
      if (!app.isAlive()) {
        throw new AssertionError("The jar stopped:\n" + text);
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "Not ready within 300 s:\n" + Files.readString(log, StandardCharsets.UTF_8));
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (ResultSet rs = db.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
