package vn.gov.tasktracking.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import vn.gov.tasktracking.TestPeople;

/** Plain HTTP to the running application as an operator's probe or a client sends it. */
final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Answer(int status, String body, HttpResponse<String> raw) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
      try {
        return JSON.readValue(body, Map.class);
      } catch (IOException e) {
        throw new AssertionError("Not JSON (HTTP " + status + "): " + body, e);
      }
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;

  Http(int port) {
    this.port = port;
  }

  /**
   * @param user signs in with the test people's password; null sends no credentials
   */
  Answer send(String user, String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (user + ":" + TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer get(String user, String path) {
    return send(user, "GET", path, null);
  }

  /** The value of a gauge, read as an administrator from /actuator/metrics. */
  double metric(String name, String... tags) {
    StringBuilder path = new StringBuilder("/actuator/metrics/" + name);
    for (int i = 0; i < tags.length; i++) {
      path.append(i == 0 ? "?" : "&").append("tag=").append(tags[i]);
    }
    Answer answer = get(TestPeople.ADMIN, path.toString());
    if (answer.status() != 200) {
      throw new AssertionError("HTTP " + answer.status() + " for " + path + ": " + answer.body());
    }
    Object measurements = answer.json().get("measurements");
    return ((Number) ((Map<?, ?>) ((java.util.List<?>) measurements).get(0)).get("value"))
        .doubleValue();
  }
}
