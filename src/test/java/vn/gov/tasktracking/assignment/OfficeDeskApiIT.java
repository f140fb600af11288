package vn.gov.tasktracking.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * What the Office's desk in Tasklist calls: tasks added to a registered directive (all or none, the
 * Office alone), a directive with its tasks, the issuers to choose from, the deadline after N
 * working days by the product's calendar, and the active units to choose from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficeDeskApiIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;

  private String number;

  @BeforeEach
  void people() {
    TestPeople.ensure(directory);
    number = UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/TB-UBND";
  }

  @Test
  void anAddendumAddsTasksToARegisteredDirectiveEachWithItsProcess() {
    long directive = registerWithOneTask();

    ResponseEntity<Map> added =
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/directives/" + directive + "/tasks",
            "{\"tasks\":["
                + task("Bổ sung: lập dự toán", "STC", List.of("SXD"), "\"deadlineWorkingDays\":5")
                + ","
                + task("Bổ sung: báo cáo tiến độ", "SYT", List.of(), "")
                + "]}");

    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    List<String> numbers = (List<String>) added.getBody().get("registerNumbers");
    assertThat(numbers).hasSize(2);
    assertThat(((Number) added.getBody().get("directiveId")).longValue()).isEqualTo(directive);
    for (String registerNumber : numbers) {
      assertThat(
              runtime
                  .createProcessInstanceQuery()
                  .processInstanceBusinessKey(registerNumber)
                  .processDefinitionKey("task-assignment")
                  .count())
          .isEqualTo(1);
    }
    Map<String, Object> view =
        get(TestPeople.OFFICE_SPECIALIST, "/api/directives/" + directive).getBody();
    assertThat(view).containsEntry("number", number).containsEntry("issuedOn", "2026-11-02");
    List<Map<String, Object>> tasks = (List<Map<String, Object>>) view.get("tasks");
    assertThat(tasks)
        .extracting(t -> t.get("content"))
        .containsExactly("Nội dung ban đầu", "Bổ sung: lập dự toán", "Bổ sung: báo cáo tiến độ");
    Map<String, Object> counted = tasks.get(1);
    assertThat(counted.get("coordinatingUnits")).isEqualTo(List.of("SXD"));
    // Five working days from the day the addendum assigns it, as the calendar's endpoint counts
    // them.
    Map<String, Object> expected =
        get(
                TestPeople.OFFICE_SPECIALIST,
                "/api/calendar/deadline?from=" + counted.get("assignedOn") + "&workingDays=5")
            .getBody();
    assertThat(counted.get("currentDeadline")).isEqualTo(expected.get("deadline"));
    assertThat(tasks.get(2).get("currentDeadline")).isNull();
  }

  @Test
  void anAddendumWithOneWrongTaskAddsNoneAndNamesEveryWrongField() {
    long directive = registerWithOneTask();

    ResponseEntity<Map> refused =
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/directives/" + directive + "/tasks",
            "{\"tasks\":["
                + task("Đúng", "STC", List.of(), "")
                + ","
                + task("Sai", "KHONGCO", List.of("SKHDT"), "\"deadline\":\"2026-10-01\"")
                + ","
                + task(" ", "SXD", List.of(), "")
                + "]}");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused))
        .containsExactlyInAnyOrder(
            "tasks[2].leadUnit",
            "tasks[2].coordinatingUnits[1]",
            "tasks[2].deadline",
            "tasks[3].content");
    assertThat(messages(refused))
        .anyMatch(m -> m.contains("'KHONGCO' không có trong danh mục"))
        .anyMatch(m -> m.contains("đã giải thể"))
        .anyMatch(m -> m.contains("trước ngày ban hành văn bản 02/11/2026"));
    List<Map<String, Object>> tasks =
        (List<Map<String, Object>>)
            get(TestPeople.OFFICE_SPECIALIST, "/api/directives/" + directive)
                .getBody()
                .get("tasks");
    assertThat(tasks).hasSize(1);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .variableValueLike("taskSummary", "%" + number + "%")
                .count())
        .isEqualTo(1);

    ResponseEntity<Map> empty =
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/directives/" + directive + "/tasks",
            "{\"tasks\":[]}");
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(empty)).containsExactly("tasks");
  }

  @Test
  void onlyTheOfficeAddsTasksOrListsIssuers() {
    long directive = registerWithOneTask();

    ResponseEntity<Map> officer =
        post(
            TestPeople.SXD_OFFICER,
            "/api/directives/" + directive + "/tasks",
            "{\"tasks\":[" + task("Tự giao việc", "SXD", List.of(), "") + "]}");
    assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(officer.getBody().get("message")).asString().contains("Văn phòng UBND tỉnh");
    assertThat(get(TestPeople.SXD_OFFICER, "/api/directives/issuers").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(TestPeople.SXD_OFFICER, "/api/directives/" + directive).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            post(
                    TestPeople.VICE_CHAIRMAN,
                    "/api/directives/" + directive + "/tasks",
                    "{\"tasks\":[" + task("Giao thẳng", "SXD", List.of(), "") + "]}")
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .variableValueLike("taskSummary", "%" + number + "%")
                .count())
        .isEqualTo(1);

    ResponseEntity<List> issuers =
        rest.withBasicAuth(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD)
            .getForEntity("/api/directives/issuers", List.class);
    assertThat(issuers.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> options = issuers.getBody();
    assertThat(options.get(0))
        .containsEntry("kind", "COMMITTEE")
        .containsEntry("name", "UBND tỉnh");
    assertThat(options.get(1)).containsEntry("kind", "CHAIRMAN");
    assertThat(options)
        .anyMatch(
            o ->
                "VICE_CHAIRMAN".equals(o.get("kind"))
                    && TestPeople.VICE_CHAIRMAN.equals(o.get("username"))
                    && "Phó Chủ tịch UBND tỉnh Kiểm Thử Phó Chủ Tịch".equals(o.get("name")));
    assertThat(
            rest.withBasicAuth(TestPeople.ADMIN, TestPeople.PASSWORD)
                .getForEntity("/api/directives/issuers", List.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aDirectiveNotInTheRegisterIsNotFound() {
    assertThat(get(TestPeople.OFFICE_SPECIALIST, "/api/directives/987654321").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> addendum =
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/directives/987654321/tasks",
            "{\"tasks\":[" + task("Nội dung", "SXD", List.of(), "") + "]}");
    assertThat(addendum.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(addendum.getBody().get("message")).asString().contains("Không có văn bản");
  }

  @Test
  void workingDaysAreCountedAcrossTetByTheProductsCalendar() {
    // Tuesday 10/02/2026; Tết Bính Ngọ is off from Saturday 14/02 to Sunday 22/02.
    Map<String, Object> acrossTet =
        get(TestPeople.OFFICE_SPECIALIST, "/api/calendar/deadline?from=2026-02-10&workingDays=5")
            .getBody();
    assertThat(acrossTet)
        .containsEntry("deadline", "2026-02-24")
        .containsEntry("text", "24/02/2026");

    ResponseEntity<Map> zero =
        get(TestPeople.OFFICE_SPECIALIST, "/api/calendar/deadline?from=2026-02-10&workingDays=0");
    assertThat(zero.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(zero)).containsExactly("workingDays");
    assertThat(zero.getBody().get("message"))
        .asString()
        .contains("Số ngày làm việc phải từ 1 đến 1000");
    ResponseEntity<Map> notADate =
        get(TestPeople.OFFICE_SPECIALIST, "/api/calendar/deadline?from=10/02/2026&workingDays=5");
    assertThat(notADate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void unitsToChooseFromAreTheActiveOnes() {
    ResponseEntity<List> active =
        rest.withBasicAuth(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD)
            .getForEntity("/api/directory/units?active=true", List.class);
    List<Map<String, Object>> units = active.getBody();
    assertThat(units).isNotEmpty().allMatch(u -> Boolean.TRUE.equals(u.get("active")));
    assertThat(units)
        .extracting(u -> u.get("code"))
        .contains("SXD", "STC")
        .doesNotContain("SKHDT", "STNMT");
    List<Map<String, Object>> all =
        rest.withBasicAuth(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD)
            .getForEntity("/api/directory/units", List.class)
            .getBody();
    assertThat(all).extracting(u -> u.get("code")).contains("SKHDT");
  }

  private long registerWithOneTask() {
    ResponseEntity<Map> answer =
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/directives",
            """
        {"number":"%s","issuedOn":"2026-11-02","issuerKind":"COMMITTEE","excerpt":"Thông báo kết luận","tasks":[%s]}"""
                .formatted(
                    number,
                    task("Nội dung ban đầu", "SXD", List.of(), "\"deadline\":\"2026-12-31\"")));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) answer.getBody().get("directiveId")).longValue();
  }

  private static String task(
      String content, String unit, List<String> coordinating, String deadline) {
    String units = String.join(",", coordinating.stream().map(u -> "\"" + u + "\"").toList());
    return "{\"content\":\"%s\",\"leadUnit\":\"%s\",\"coordinatingUnits\":[%s]%s}"
        .formatted(content, unit, units, deadline.isEmpty() ? "" : "," + deadline);
  }

  private static List<String> fields(ResponseEntity<Map> answer) {
    return ((List<Map<String, String>>) answer.getBody().get("problems"))
        .stream().map(p -> p.get("field")).toList();
  }

  private static List<String> messages(ResponseEntity<Map> answer) {
    return ((List<Map<String, String>>) answer.getBody().get("problems"))
        .stream().map(p -> p.get("message")).toList();
  }

  private ResponseEntity<Map> post(String user, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, TestPeople.PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), Map.class);
  }

  private ResponseEntity<Map> get(String user, String path) {
    return rest.withBasicAuth(user, TestPeople.PASSWORD).getForEntity(path, Map.class);
  }
}
