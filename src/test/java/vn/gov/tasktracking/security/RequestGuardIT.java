package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.security.EngineApiGateIT.Client;

/**
 * What stands in front of both REST APIs: cross-site writes refused, no Basic challenge, password
 * guessing slowed without locking anyone out, security headers, and the framework's own refusals
 * answered in Vietnamese JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestGuardIT {

  private static final String EVIL = "http://evil.example";
  private static final String DIRECTORY_FILE =
      "version: forged\npeople:\n  - username: it.evil.admin\n    fullName: Kẻ Giả Mạo\n    unit: VPUBND\n"
          + "    roles: [ADMINISTRATOR]\n    password: Gia-mao-123456\n";

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void people() {
    TestPeople.ensure(directory);
  }

  @Test
  void crossSiteWritesWithAnAdministratorsCredentialsAreRefusedAndChangeNothing() throws Exception {
    Client admin = Client.basic(port, TestPeople.ADMIN, TestPeople.PASSWORD);
    long people = jdbc.sql("select count(*) from person").query(Long.class).single();
    long deployments = repository.createDeploymentQuery().count();

    HttpResponse<String> directoryImport =
        admin.send(
            "POST",
            "/api/directory/import",
            "application/yaml",
            DIRECTORY_FILE,
            Map.of("Origin", EVIL));
    assertThat(directoryImport.statusCode()).isEqualTo(403);
    assertThat(directoryImport.body()).contains("trang web khác");
    HttpResponse<String> deployment =
        admin.send(
            "POST",
            "/engine-rest/deployment/create",
            "multipart/form-data; boundary=x",
            "--x\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nforged\r\n--x--\r\n",
            Map.of("Origin", EVIL));
    assertThat(deployment.statusCode()).isEqualTo(403);
    HttpResponse<String> byReferer =
        admin.send(
            "POST",
            "/api/notifications/1/read",
            null,
            null,
            Map.of("Referer", EVIL + "/trang.html"));
    assertThat(byReferer.statusCode()).isEqualTo(403);

    HttpResponse<String> plainText =
        admin.send("POST", "/api/directory/import", "text/plain", DIRECTORY_FILE);
    assertThat(plainText.statusCode()).isEqualTo(415);
    assertThat(plainText.body()).contains("\"status\":415").contains("không được chấp nhận");
    HttpResponse<String> form =
        admin.send(
            "POST", "/engine-rest/message", "application/x-www-form-urlencoded", "messageName=x");
    assertThat(form.statusCode()).isEqualTo(415);

    assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
        .isEqualTo(people);
    assertThat(identity.createUserQuery().userId("it.evil.admin").count()).isZero();
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void writesFromTheApplicationsOwnPagesPass() throws Exception {
    Client admin = Client.basic(port, TestPeople.ADMIN, TestPeople.PASSWORD);
    HttpResponse<String> sameOrigin =
        admin.send(
            "POST",
            "/engine-rest/task/count",
            "application/json",
            "{}",
            Map.of("Origin", "http://localhost:" + port));
    assertThat(sameOrigin.statusCode()).isEqualTo(200);
    HttpResponse<String> noOrigin =
        admin.send("POST", "/engine-rest/task/count", "application/json", "{}");
    assertThat(noOrigin.statusCode()).isEqualTo(200);
  }

  @Test
  void browsersAreNeverAskedForBasicCredentials() throws Exception {
    Client anonymous = Client.anonymous(port);
    for (String path : new String[] {"/api/directory/units", "/engine-rest/task"}) {
      HttpResponse<String> answer = anonymous.send("GET", path, null, null);
      assertThat(answer.statusCode()).as(path).isEqualTo(401);
      assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
    }
    // Basic clients send their credentials without being asked.
    assertThat(
            Client.basic(port, TestPeople.SXD_OFFICER, TestPeople.PASSWORD)
                .send("GET", "/engine-rest/task", null, null)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void passwordGuessingOnTheLoginFormIsSlowedButTheAccountIsNotLocked() throws Exception {
    String user = account("it.doan.matkhau.web");
    Client browser = Client.anonymous(port);
    HttpResponse<String> answer = null;
    int attempts = 0;
    while (attempts < 20) {
      answer = browser.login(user, "doan-sai-" + attempts);
      attempts++;
      if (answer.statusCode() == 429) {
        break;
      }
      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(answer.body()).contains("Sai tên đăng nhập hoặc mật khẩu");
    }
    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(attempts).isEqualTo(7);
    assertThat(answer.body()).contains("Đăng nhập sai quá nhiều lần");
    // Even the right password waits: it is not tried while the account waits.
    assertThat(browser.login(user, TestPeople.PASSWORD).statusCode()).isEqualTo(429);

    waitRetryAfter(answer);
    assertThat(browser.login(user, TestPeople.PASSWORD).statusCode()).isEqualTo(200);
    assertThat(identity.checkPassword(user, TestPeople.PASSWORD)).isTrue();
  }

  @Test
  void passwordGuessingWithBasicIsSlowedButTheAccountIsNotLocked() throws Exception {
    String user = account("it.doan.matkhau.basic");
    HttpResponse<String> answer = null;
    for (int i = 0; i < 7; i++) {
      answer =
          Client.basic(port, user, "doan-sai-" + i)
              .send("GET", "/api/notifications/unread-count", null, null);
    }
    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(answer.body()).contains("Đăng nhập sai quá nhiều lần");
    assertThat(
            Client.basic(port, user, TestPeople.PASSWORD)
                .send("GET", "/engine-rest/task", null, null)
                .statusCode())
        .isEqualTo(429);

    waitRetryAfter(answer);
    assertThat(
            Client.basic(port, user, TestPeople.PASSWORD)
                .send("GET", "/engine-rest/task", null, null)
                .statusCode())
        .isEqualTo(200);
    assertThat(identity.checkPassword(user, TestPeople.PASSWORD)).isTrue();
  }

  /** Many accounts tried from one address: the address waits, whichever account it tries next. */
  @Test
  void guessingFromOneAddressIsSlowedAcrossAccounts() throws Exception {
    String address = "127.0.0.7";
    int status = 0;
    int attempts = 0;
    while (attempts < 40) {
      status =
          rawGet(address, "/api/directory/units", "it.khong.co." + attempts, "doan-sai").status();
      attempts++;
      if (status == 429) {
        break;
      }
      assertThat(status).isEqualTo(401);
    }
    assertThat(status).isEqualTo(429);
    assertThat(attempts).isEqualTo(32);
    RawAnswer refused =
        rawGet(address, "/api/directory/units", TestPeople.SXD_OFFICER, TestPeople.PASSWORD);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body()).contains("Đăng nhập sai quá nhiều lần");
    // Other addresses are not slowed.
    assertThat(
            rawGet("127.0.0.1", "/api/directory/units", TestPeople.SXD_OFFICER, TestPeople.PASSWORD)
                .status())
        .isEqualTo(200);
  }

  @Test
  void securityHeadersOnBothApisAndTheWebapps() throws Exception {
    Client officer = Client.basic(port, TestPeople.SXD_OFFICER, TestPeople.PASSWORD);
    for (String path :
        new String[] {"/api/directory/units", "/engine-rest/task", "/api/nothing-here"}) {
      HttpResponse<String> answer = officer.send("GET", path, null, null);
      assertThat(answer.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .hasValue("nosniff");
      assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
      assertThat(answer.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
    }
    // The webapps: Camunda's own header filter.
    HttpResponse<String> tasklist =
        Client.anonymous(port).send("GET", "/camunda/app/tasklist/default/", null, null);
    assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(tasklist.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
  }

  @Test
  void theFrameworksOwnRefusalsAreVietnameseJson() throws Exception {
    Client officer = Client.basic(port, TestPeople.SXD_OFFICER, TestPeople.PASSWORD);
    HttpResponse<String> notFound = officer.send("GET", "/api/nothing-here", null, null);
    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(notFound.body()).contains("\"status\":404").contains("Không tìm thấy");

    HttpResponse<String> method = officer.send("DELETE", "/api/directory/units", null, null);
    assertThat(method.statusCode()).isEqualTo(405);
    assertThat(method.body()).contains("\"status\":405").contains("không nhận phương thức DELETE");

    HttpResponse<String> type = officer.send("POST", "/api/documents", "application/json", "{}");
    assertThat(type.statusCode()).isEqualTo(415);
    assertThat(type.body()).contains("\"status\":415").contains("không được chấp nhận");

    String big = "x".repeat(21 * 1024 * 1024);
    HttpResponse<String> tooLarge =
        officer.send(
            "POST",
            "/api/documents",
            "multipart/form-data; boundary=b",
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + big
                + "\r\n--b--\r\n");
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("\"status\":413").contains("quá lớn");

    RawAnswer badRequestLine =
        raw("127.0.0.1", "GET /api/a b c HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assertThat(badRequestLine.status()).isEqualTo(400);
    assertThat(badRequestLine.body()).contains("\"status\":400").contains("Yêu cầu không hợp lệ");
    RawAnswer badEscape = raw("127.0.0.1", "GET /api/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assertThat(badEscape.status()).isEqualTo(400);
    assertThat(badEscape.body()).contains("Yêu cầu không hợp lệ");
  }

  @Test
  void theApiDescriptionIsPublic() throws Exception {
    Client anonymous = Client.anonymous(port);
    HttpResponse<String> docs = anonymous.send("GET", "/api/docs", null, null);
    assertThat(docs.statusCode()).isEqualTo(302);
    String viewer = docs.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> page = anonymous.send("GET", viewer, null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("swagger");
    assertThat(anonymous.send("GET", "/api/openapi", null, null).statusCode()).isEqualTo(200);
    assertThat(anonymous.send("GET", "/api/openapi/swagger-config", null, null).statusCode())
        .isEqualTo(200);
  }

  private String account(String username) {
    if (identity.createUserQuery().userId(username).count() == 0) {
      User user = identity.newUser(username);
      user.setFirstName("Thử");
      user.setLastName("Mật Khẩu");
      user.setPassword(TestPeople.PASSWORD);
      identity.saveUser(user);
    }
    return username;
  }

  private static void waitRetryAfter(HttpResponse<String> answer) throws InterruptedException {
    long seconds = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
    assertThat(seconds).isBetween(1L, 120L);
    Thread.sleep(Duration.ofSeconds(seconds).plusMillis(200).toMillis());
  }

  record RawAnswer(int status, String body) {}

  private RawAnswer rawGet(String fromAddress, String path, String user, String password)
      throws IOException {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return raw(
        fromAddress,
        "GET "
            + path
            + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
            + token
            + "\r\nConnection: close\r\n\r\n");
  }

  /**
   * HTTP by hand: from a chosen loopback address, or with a request line no client library would
   * send.
   */
  private RawAnswer raw(String fromAddress, String request) throws IOException {
    try (Socket socket =
        new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(fromAddress), 0)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      String text;
      while (true) {
        int n = in.read(buffer);
        if (n < 0) {
          break;
        }
        all.write(buffer, 0, n);
        text = all.toString(StandardCharsets.UTF_8);
        int headerEnd = text.indexOf("\r\n\r\n");
        if (headerEnd > 0 && text.contains("\"problems\"") && text.endsWith("}")) {
          break;
        }
      }
      text = all.toString(StandardCharsets.UTF_8);
      int status = Integer.parseInt(text.substring(9, 12));
      int headerEnd = text.indexOf("\r\n\r\n");
      return new RawAnswer(status, headerEnd < 0 ? "" : text.substring(headerEnd + 4));
    }
  }
}
