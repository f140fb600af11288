package vn.gov.tasktracking.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import vn.gov.tasktracking.TestPeople;

/**
 * Raw HTTP to the running application, as an outside client sends it: any bytes, any content type,
 * Basic authentication with the test people's password. No client-side conversion hides a malformed
 * body.
 */
final class ApiClient {

  static final String BOUNDARY = "----tasktracking-test-boundary";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What came back; {@link #json()} reads a JSON body. */
  record Answer(int status, String contentType, Map<String, List<String>> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    Map<String, Object> json() {
      try {
        return JSON.readValue(body, Map.class);
      } catch (IOException e) {
        throw new AssertionError(
            "Not a JSON object (HTTP " + status + ", " + contentType + "): " + abbreviated(), e);
      }
    }

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(), List.of()).stream().findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    List<String> fields() {
      return ((List<Map<String, String>>) json().get("problems"))
          .stream().map(p -> p.get("field")).toList();
    }

    String abbreviated() {
      String text = text();
      return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  ApiClient(int port) {
    this.base = "http://localhost:" + port;
  }

  Answer send(String user, String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.headers().map(),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer json(String user, String method, String path, String json) {
    return send(user, method, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  Answer get(String user, String path) {
    return send(user, "GET", path, null, null);
  }

  /** One part named {@code partName}; a null file name leaves the part without one. */
  Answer upload(
      String user, String path, String partName, String fileName, String partType, byte[] content) {
    return send(
        user,
        "POST",
        path,
        "multipart/form-data; boundary=" + BOUNDARY,
        multipart(partName, fileName, partType, content));
  }

  static byte[] multipart(String partName, String fileName, String partType, byte[] content) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\""
            + partName
            + "\""
            + (fileName == null ? "" : "; filename=\"" + fileName + "\"")
            + "\r\n"
            + (partType == null ? "" : "Content-Type: " + partType + "\r\n")
            + "\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }
}
