package vn.gov.tasktracking.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.operations.internal.DatabaseReachability;
import vn.gov.tasktracking.system.Probes;
import vn.gov.tasktracking.system.Unavailable;

/**
 * The database cut off from the node (a proxy between them closes every connection and the port),
 * then back: readiness goes DOWN and every API request is answered 503 with Retry-After and a
 * Vietnamese message (not 500, not 401), liveness stays UP (restarting the node would not help);
 * when the database answers again the node is ready and serves again by itself.
 *
 * <p>The background check is set to once an hour, so that what the test sees does not depend on
 * when it runs: the first request after the cut finds the database gone by itself (the failure deep
 * in the request is answered 503 and marks the node not ready), and the test runs the check once
 * the database is back, as the background thread would a moment later.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      // Its own H2 server behind a proxy, also in the PostgreSQL pass.
      "spring.profiles.active=test",
      "camunda.bpm.process-engine-name=databaseoutageit",
      "spring.datasource.hikari.connection-timeout=2000",
      "tasktracking.health.database.interval=PT1H",
      "tasktracking.health.database.timeout=PT1S"
    })
class DatabaseOutageIT {

  private static Server h2;
  private static CuttableProxy proxy;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException, IOException {
    int h2Port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      h2Port = free.getLocalPort();
    }
    h2 = Server.createTcpServer("-tcpPort", String.valueOf(h2Port), "-ifNotExists").start();
    proxy = new CuttableProxy(h2.getPort());
    registry.add(
        "spring.datasource.url",
        () ->
            "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:databaseoutageit;DB_CLOSE_DELAY=-1");
  }

  @AfterAll
  static void stop() throws IOException {
    proxy.restore();
  }

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired DatabaseReachability database;

  private Http http;

  @BeforeEach
  void people() {
    TestPeople.ensure(directory);
    http = new Http(port);
  }

  @Test
  void withoutItsDatabaseTheNodeIsNotReadyAndAnswers503ThenRecoversByItself() throws IOException {
    assertThat(http.get(null, Probes.READINESS).status()).isEqualTo(200);
    assertThat(http.get(TestPeople.ADMIN, "/api/directory/units").status()).isEqualTo(200);

    proxy.cut();

    // The first request meets the cut deep inside (signing in reads the identity service): 503, not
    // 500.
    assertUnavailable(http.get(TestPeople.ADMIN, "/api/directory/units"));
    Http.Answer readiness = http.get(null, Probes.READINESS);
    assertThat(readiness.status()).isEqualTo(503);
    assertThat(readiness.json()).isEqualTo(Map.of("status", "DOWN"));
    assertThat(http.get(null, Probes.LIVENESS).status()).isEqualTo(200);
    // Every other surface of a client: refused at once, before authentication.
    assertUnavailable(http.send(TestPeople.OFFICE_SPECIALIST, "POST", "/api/directives", "{}"));
    assertUnavailable(http.get(TestPeople.SXD_OFFICER, "/api/notifications"));
    assertUnavailable(http.get(TestPeople.ADMIN, "/engine-rest/task"));
    assertUnavailable(http.get(null, "/api/notifications"));
    assertThat(database.health().getStatus().getCode()).isEqualTo("DOWN");

    proxy.restore();
    database.check();

    assertThat(http.get(null, Probes.READINESS).status()).isEqualTo(200);
    // The pool drops the connections the cut broke as it meets them: a client retrying gets
    // through.
    int status = 0;
    for (int attempt = 0; attempt < 10 && status != 200; attempt++) {
      Http.Answer answer = http.get(TestPeople.ADMIN, "/api/directory/units");
      status = answer.status();
      if (status != 200) {
        assertUnavailable(answer);
        database.check();
      }
    }
    assertThat(status).isEqualTo(200);
  }

  private static void assertUnavailable(Http.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(503);
    assertThat(answer.header("Retry-After"))
        .isEqualTo(String.valueOf(Unavailable.RETRY_AFTER_SECONDS));
    assertThat(answer.json())
        .containsEntry("status", 503)
        .containsEntry("message", Unavailable.MESSAGE);
  }
}
