package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.assignment.TaskStatus;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * A Tasklist plugin writes to {@code /api} with the webapp session only together with the CSRF
 * token Camunda keeps in that session, as the webapps' own writes do; without it, or with another,
 * the write is refused in Vietnamese and nothing changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebappSessionWriteIT {

  @LocalServerPort int port;
  @Autowired AssignmentService assignment;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

  @BeforeEach
  void people() {
    TestPeople.ensure(directory);
  }

  @Test
  void sessionWithItsTokenWritesAndWithoutOrWithAnotherTokenIsRefused() throws Exception {
    String token = signInToTasklist(TestPeople.OFFICE_SPECIALIST);
    String kept = registerTaskFor("SXD");
    String withdrawn = registerTaskFor("SXD");

    HttpResponse<String> noToken = withdraw(kept, null);
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(noToken.body()).contains("mã xác thực của phiên làm việc");

    HttpResponse<String> wrongToken = withdraw(kept, "0123456789ABCDEF0123456789ABCDEF");
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    assertThat(wrongToken.body()).contains("mã xác thực của phiên làm việc");

    assertThat(assignment.task(kept).status()).isNotEqualTo(TaskStatus.WITHDRAWN);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(kept).count())
        .isEqualTo(1);

    HttpResponse<String> withToken = withdraw(withdrawn, token);
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(204);
    assertThat(assignment.task(withdrawn).status()).isEqualTo(TaskStatus.WITHDRAWN);

    // Reads keep working with the session alone.
    HttpResponse<String> read =
        http.send(
            HttpRequest.newBuilder(uri("/api/tasks/" + kept)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(read.statusCode()).isEqualTo(200);
  }

  @Test
  void noSessionAndNoBasicIsStillAskedToSignIn() throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(uri("/api/tasks/NV-2026-000001/withdraw"))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", "anything")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Thử\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(401);
  }

  /**
   * Signs in as Tasklist's login form does; returns the CSRF token the webapp gave this session.
   */
  private String signInToTasklist(String username) throws IOException, InterruptedException {
    http.send(
        HttpRequest.newBuilder(uri("/camunda/app/tasklist/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(TestPeople.PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfCookie())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // The webapp's own read after signing in, as Tasklist makes: it hands out the session's token.
    http.send(
        HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    return csrfCookie();
  }

  private String csrfCookie() {
    List<HttpCookie> found =
        cookies.getCookieStore().get(uri("/camunda/app/tasklist/")).stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .toList();
    assertThat(found).as("XSRF-TOKEN cookie").isNotEmpty();
    return found.get(found.size() - 1).getValue();
  }

  private HttpResponse<String> withdraw(String registerNumber, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/api/tasks/" + registerNumber + "/withdraw"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"reason\":\"Nhiệm vụ đã được giao cho đơn vị khác\"}"));
    if (token != null) {
      request.header("X-XSRF-TOKEN", token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String registerTaskFor(String unit) {
    String number = UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/TB-UBND";
    String registerNumber =
        assignment
            .register(
                new DirectiveRequest(
                    number,
                    LocalDate.of(2026, 11, 2),
                    "COMMITTEE",
                    null,
                    "Thông báo kết luận (kiểm thử phiên làm việc)",
                    null,
                    List.of(
                        new TaskRequest(
                            "Rà soát hồ sơ (kiểm thử phiên làm việc)",
                            unit,
                            List.of(),
                            LocalDate.of(2026, 12, 31),
                            null,
                            false))))
            .registerNumbers()
            .get(0);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber)
            .singleResult()
            .getId();
    management
        .createJobQuery()
        .processInstanceId(instance)
        .executable()
        .list()
        .forEach(job -> management.executeJob(job.getId()));
    return registerNumber;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
