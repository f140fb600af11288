package vn.gov.tasktracking.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import vn.gov.tasktracking.TaskTrackingApplication;
import vn.gov.tasktracking.system.Unavailable;

/**
 * A node that is starting: its web server takes requests before the start-up work (models,
 * directory, role groups, grants) is done. Valid requests then get 503 with Retry-After and a
 * Vietnamese message, not 401 or 403, and the readiness probe says DOWN while liveness says UP;
 * once the start is over the same requests are served. The start is held, deterministically, by a
 * runner placed before the product's own, until the test has looked. An application of its own
 * (failsafe execution "own-applications").
 */
class StartingNodeIT {

  private static final String ADMIN = "it.quantri.khoidong";
  private static final String PASSWORD = "Quan-tri-khoi-dong-1";

  static final CountDownLatch HELD = new CountDownLatch(1);
  static final CountDownLatch RELEASE = new CountDownLatch(1);

  /** Added to the application as a source of beans, not scanned. */
  static class HoldingBeans {
    @Bean
    ApplicationRunner holdTheStart() {
      return new HoldingRunner();
    }
  }

  static class HoldingRunner implements ApplicationRunner, Ordered {
    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
      HELD.countDown();
      RELEASE.await(120, TimeUnit.SECONDS);
    }

    @Override
    public int getOrder() {
      return 0;
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void aStartingNodeAnswers503ToValidRequestsUntilItIsReady() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    int p = port;
    CompletableFuture<ConfigurableApplicationContext> starting =
        CompletableFuture.supplyAsync(
            () ->
                new SpringApplicationBuilder(TaskTrackingApplication.class, HoldingBeans.class)
                    .run(
                        "--server.port=" + p,
                        "--spring.profiles.active=test",
                        "--spring.datasource.url=jdbc:h2:mem:startingnodeit;DB_CLOSE_DELAY=-1",
                        "--spring.jmx.enabled=false",
                        "--camunda.bpm.process-engine-name=startingnodeit",
                        "--camunda.bpm.admin-user.id=" + ADMIN,
                        "--camunda.bpm.admin-user.password=" + PASSWORD));
    assertThat(HELD.await(180, TimeUnit.SECONDS)).as("the start reached its runners").isTrue();
    try {
      HttpResponse<String> readiness = get(p, "/actuator/health/readiness", false);
      assertThat(readiness.statusCode()).isEqualTo(503);
      assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
      assertThat(get(p, "/actuator/health/liveness", false).statusCode()).isEqualTo(200);

      assertUnavailable(get(p, "/api/directory/units", true));
      assertUnavailable(send(p, "POST", "/api/directives", "{}"));
      assertUnavailable(get(p, "/api/notifications", false));
      assertUnavailable(get(p, "/engine-rest/user", true));
      assertUnavailable(get(p, "/actuator/metrics", true));
    } finally {
      RELEASE.countDown();
    }

    try (ConfigurableApplicationContext app = starting.get(180, TimeUnit.SECONDS)) {
      assertThat(get(p, "/actuator/health/readiness", false).statusCode()).isEqualTo(200);
      HttpResponse<String> units = get(p, "/api/directory/units", true);
      assertThat(units.statusCode()).as(units.body()).isEqualTo(200);
      assertThat(get(p, "/api/directory/units", false).statusCode()).isEqualTo(401);
    }
  }

  private static void assertUnavailable(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Retry-After"))
        .hasValue(String.valueOf(Unavailable.RETRY_AFTER_SECONDS));
    assertThat(answer.body()).contains("\"status\":503").contains(Unavailable.MESSAGE);
  }

  private HttpResponse<String> get(int port, String path, boolean signedIn) throws Exception {
    return client.send(
        request(port, path, signedIn).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(int port, String method, String path, String json)
      throws Exception {
    return client.send(
        request(port, path, true)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder request(int port, String path, boolean signedIn) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30));
    if (signedIn) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }
}
