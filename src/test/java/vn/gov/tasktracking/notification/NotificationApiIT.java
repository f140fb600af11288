package vn.gov.tasktracking.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;

/** The inbox and the log over REST, with the embedded default: the inbox alone, no mail server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationApiIT {

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired NotificationService notifications;
  @Autowired RuntimeService runtime;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @BeforeEach
  void people() {
    TestPeople.ensure(directory);
  }

  /**
   * E-mails sent before links opened Tasklist carry the API's address: a browser clicking one (it
   * asks for a page) is sent on to the record in Tasklist, signed in or not; a program asking for
   * JSON still meets the API and its authentication.
   */
  @Test
  void aLinkOfAnOldEmailOpensTheRecordInTasklistWhileProgramsStillGetTheApi() throws Exception {
    java.net.http.HttpClient http =
        java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
            .build();
    String html = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    java.net.http.HttpResponse<String> task =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/api/tasks/NV-2025-000042"))
                .header("Accept", html)
                .GET()
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(task.statusCode()).isEqualTo(303);
    assertThat(task.headers().firstValue("Location"))
        .hasValue("/camunda/app/tasklist/default/#/?record=NV-2025-000042&goto=step");

    java.net.http.HttpResponse<String> inspection =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/api/inspections/12"))
                .header("Accept", html)
                .GET()
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(inspection.statusCode()).isEqualTo(303);
    assertThat(inspection.headers().firstValue("Location"))
        .hasValue("/camunda/app/tasklist/default/#/?record=KT-12&goto=step");

    java.net.http.HttpResponse<String> program =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/api/tasks/NV-2025-000042"))
                .header("Accept", "application/json")
                .GET()
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(program.statusCode()).isEqualTo(401);
    // Only the task and the inspection themselves: the record's JSON stays an API answer.
    java.net.http.HttpResponse<String> record =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        "http://localhost:" + port + "/api/tasks/NV-2025-000042/record"))
                .header("Accept", html)
                .GET()
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(record.statusCode()).isEqualTo(401);
  }

  @Test
  void anOfficerReadsTheirInboxCountsUnreadMessagesAndMarksOneRead() {
    String key = deliver(TestPeople.CAOLOC_OFFICER, NotificationKind.TASK_ASSIGNED);
    long unread = unread(TestPeople.CAOLOC_OFFICER);
    assertThat(unread).isPositive();

    Map<String, Object> page =
        get(TestPeople.CAOLOC_OFFICER, "/api/notifications?size=5").getBody();
    List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
    Map<String, Object> newest = items.get(0);
    assertThat(newest.get("subject").toString())
        .startsWith("Anh/chị được giao thực hiện nhiệm vụ NV-API-");
    assertThat(newest)
        .containsEntry("kind", "TASK_ASSIGNED")
        .containsEntry("kindLabel", "Được giao thực hiện nhiệm vụ")
        .containsEntry("readAt", null);
    // The port this server actually serves on, no base address being configured.
    assertThat(newest.get("link").toString())
        .startsWith("http://localhost:" + port + "/camunda/app/tasklist/default/#/?record=NV-API-")
        .endsWith("&goto=step");
    assertThat(((Number) page.get("total")).longValue()).isGreaterThanOrEqualTo(1);
    long id = ((Number) newest.get("id")).longValue();

    assertThat(
            post(TestPeople.CAOLOC_OFFICER, "/api/notifications/" + id + "/read").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(unread(TestPeople.CAOLOC_OFFICER)).isEqualTo(unread - 1);
    assertThat(
            post(TestPeople.CAOLOC_OFFICER, "/api/notifications/" + id + "/read").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(unread(TestPeople.CAOLOC_OFFICER)).isEqualTo(unread - 1);
    assertThat(key).contains(TestPeople.CAOLOC_OFFICER);
  }

  @Test
  void messagesStoredWithOlderLinksOpenTheRecordOrTheInspectionPageAsNewOnesDo() {
    String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/#/";
    String recipient = TestPeople.STC_OFFICER;
    // Rows as the inbox held them before: no key, the API's address of the task or of the
    // inspection, at the old fixed port.
    jdbc.sql(
            "insert into notification (recipient, subject, body, link, created_at) values (?, ?, ?, ?, ?)")
        .params(
            recipient,
            "Nhắc hạn xử lý nhiệm vụ NV-2025-000042",
            "Sắp đến hạn.",
            "http://localhost:8080/api/tasks/NV-2025-000042",
            java.sql.Timestamp.from(java.time.Instant.now()))
        .update();
    jdbc.sql(
            "insert into notification (recipient, subject, body, link, created_at) values (?, ?, ?, ?, ?)")
        .params(
            recipient,
            "Thông báo kiểm tra của Tổ công tác",
            "Tổ công tác đến làm việc.",
            "http://localhost:8080/api/inspections/12",
            java.sql.Timestamp.from(java.time.Instant.now()))
        .update();

    List<Map<String, Object>> items =
        (List<Map<String, Object>>)
            get(recipient, "/api/notifications?size=2").getBody().get("items");
    assertThat(items.get(1))
        .containsEntry("target", "NV-2025-000042")
        .containsEntry("link", tasklist + "?record=NV-2025-000042&goto=step");
    assertThat(items.get(0))
        .containsEntry("target", "KT-12")
        .containsEntry("link", tasklist + "?record=KT-12&goto=step");
    // What is stored stays as it was: the link is resolved when read.
    assertThat(
            jdbc.sql(
                    "select count(*) from notification where recipient = ? and link like '%/api/%'")
                .param(recipient)
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void nobodyMarksSomeoneElsesMessage() {
    deliver(TestPeople.CAOLOC_OFFICER, NotificationKind.REMINDER);
    Map<String, Object> newest =
        ((List<Map<String, Object>>)
                get(TestPeople.CAOLOC_OFFICER, "/api/notifications").getBody().get("items"))
            .get(0);

    ResponseEntity<Map> answer =
        post(TestPeople.SXD_OFFICER, "/api/notifications/" + newest.get("id") + "/read");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getBody().get("message").toString())
        .contains("Không có thông báo", "hộp thư của bạn");
    assertThat(
            ((List<Map<String, Object>>)
                get(TestPeople.SXD_OFFICER, "/api/notifications?size=200").getBody().get("items")))
        .noneMatch(item -> item.get("id").equals(newest.get("id")));
  }

  @Test
  void theOfficeReadsTheLogFilteredByStateOthersMayNot() {
    String sent = deliver(TestPeople.SXD_OFFICER, NotificationKind.OVERDUE);

    List<Map<String, Object>> sentLog =
        (List<Map<String, Object>>)
            get(TestPeople.OFFICE_SPECIALIST, "/api/notifications/log?state=SENT&size=200")
                .getBody()
                .get("items");
    List<Map<String, Object>> pendingLog =
        (List<Map<String, Object>>)
            get(TestPeople.OFFICE_SPECIALIST, "/api/notifications/log?state=pending&size=200")
                .getBody()
                .get("items");

    assertThat(sentLog)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("key", sent)
                    .containsEntry("state", "SENT")
                    .containsEntry("inboxState", "SENT")
                    .containsEntry("emailState", null)
                    .containsEntry("recipient", TestPeople.SXD_OFFICER)
                    .containsEntry("kindLabel", "Nhiệm vụ quá hạn"));
    assertThat(pendingLog)
        .noneMatch(e -> e.get("key").equals(sent))
        .allSatisfy(e -> assertThat(e).containsEntry("state", "PENDING"));
    assertThat(get(TestPeople.SXD_OFFICER, "/api/notifications/log").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            get(TestPeople.OFFICE_SPECIALIST, "/api/notifications/log?state=LOST").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theInboxNeedsASignedInCaller() {
    assertThat(rest.getForEntity("/api/notifications/unread-count", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /**
   * Records a notification: with the inbox alone on (the default), it is in the inbox at once, with
   * no delivery process.
   */
  private String deliver(String recipient, NotificationKind kind) {
    String key = notifications.notify(kind, List.of(recipient), notice()).get(0);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count())
        .isZero();
    return key;
  }

  private static TaskNotice notice() {
    return new TaskNotice(
        "NV-API-" + UUID.randomUUID().toString().substring(0, 6),
        "Báo cáo tình hình",
        "UBND huyện Cao Lộc",
        "12/TB-UBND",
        "UBND tỉnh",
        LocalDate.of(2026, 12, 15),
        null,
        null);
  }

  private long unread(String user) {
    return ((Number) get(user, "/api/notifications/unread-count").getBody().get("unread"))
        .longValue();
  }

  private ResponseEntity<Map> get(String user, String path) {
    return rest.withBasicAuth(user, TestPeople.PASSWORD).getForEntity(path, Map.class);
  }

  private ResponseEntity<Map> post(String user, String path) {
    return rest.withBasicAuth(user, TestPeople.PASSWORD).postForEntity(path, null, Map.class);
  }
}
