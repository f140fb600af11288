package vn.gov.tasktracking.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.deadline.internal.DeadlinesMovedByLawFollowUp;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * Registering directives, reading the register and working a task through the product's REST API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssignmentApiIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  @Autowired JdbcClient jdbc;
  @Autowired ManagementService management;
  @Autowired DeadlinesMovedByLawFollowUp followUp;

  private String number;

  @BeforeEach
  void people() {
    TestPeople.ensure(directory);
    number = UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/QĐ-UBND";
  }

  @Test
  void officeRegistersADirectiveWithTwoTasksAndEachStartsItsProcess() {
    ResponseEntity<Map> answer =
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/directives",
            directive(
                number,
                "2026-11-02",
                task("Xây dựng kế hoạch", "SXD", List.of("STC"), "\"deadline\":\"2026-12-31\""),
                task("Rà soát kinh phí", "STC", List.of(), "\"deadlineWorkingDays\":5")));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    List<String> numbers = (List<String>) answer.getBody().get("registerNumbers");
    assertThat(numbers).hasSize(2).allMatch(n -> n.startsWith("NV-2026-"));
    for (String registerNumber : numbers) {
      assertThat(
              runtime
                  .createProcessInstanceQuery()
                  .processInstanceBusinessKey(registerNumber)
                  .processDefinitionKey("task-assignment")
                  .count())
          .isEqualTo(1);
    }
    Map<String, Object> second =
        get(TestPeople.OFFICE_SPECIALIST, "/api/tasks/" + numbers.get(1)).getBody();
    Map<String, Object> task = (Map<String, Object>) second.get("task");
    // 02/11/2026 is a Monday: five working days later is Monday 09/11.
    assertThat(task)
        .containsEntry("currentDeadline", "2026-11-09")
        .containsEntry("status", "WAITING_RECEIPT");
    assertThat(task.get("issuerName")).isEqualTo("Phó Chủ tịch UBND tỉnh Kiểm Thử Phó Chủ Tịch");
  }

  @Test
  void unknownUnitIsRefusedNamingTheFieldAndNothingIsRegistered() {
    assertRefused(
        directive(number, "2026-11-02", task("Nội dung", "KHONGCO", List.of(), "")),
        "tasks[1].leadUnit",
        "KHONGCO");
  }

  @Test
  void deadlineBeforeTheDirectiveDateIsRefused() {
    assertRefused(
        directive(
            number,
            "2026-11-02",
            task("Nội dung", "SXD", List.of(), "\"deadline\":\"2026-11-01\"")),
        "tasks[1].deadline",
        "trước ngày ban hành");
  }

  @Test
  void emptyContentIsRefused() {
    assertRefused(
        directive(number, "2026-11-02", task("  ", "SXD", List.of(), "")),
        "tasks[1].content",
        "nội dung");
  }

  @Test
  void aDirectiveNumberTheSameIssuerUsedIsRefusedButAnotherIssuerMayUseIt() {
    String body = directive(number, "2026-11-02", task("Nội dung", "SXD", List.of(), ""));
    assertThat(post(TestPeople.OFFICE_SPECIALIST, "/api/directives", body).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    ResponseEntity<Map> again = post(TestPeople.OFFICE_SPECIALIST, "/api/directives", body);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(again)).containsExactly("number");
    assertThat(again.getBody().get("message"))
        .asString()
        .contains(number)
        .contains("đã được vào sổ");

    String byCommittee =
        body.replace("\"issuerKind\":\"VICE_CHAIRMAN\"", "\"issuerKind\":\"COMMITTEE\"");
    assertThat(post(TestPeople.OFFICE_SPECIALIST, "/api/directives", byCommittee).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void directiveNumbersRestartEachYearSoTheSameNumberInAnotherYearIsAnotherDirective() {
    String first =
        committee(
            directive(
                "1/TB-UBND", "2025-01-06", task("Tổng kết năm " + number, "SXD", List.of(), "")));
    assertThat(post(TestPeople.OFFICE_SPECIALIST, "/api/directives", first).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    String next =
        committee(
            directive(
                "1/TB-UBND", "2026-01-05", task("Kế hoạch năm " + number, "SXD", List.of(), "")));
    assertThat(post(TestPeople.OFFICE_SPECIALIST, "/api/directives", next).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    ResponseEntity<Map> again =
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/directives",
            committee(
                directive(
                    "1/TB-UBND",
                    "2026-03-02",
                    task("Nội dung khác " + number, "SXD", List.of(), ""))));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(again)).containsExactly("number");
    assertThat(again.getBody().get("message"))
        .asString()
        .isEqualTo(
            "Văn bản số 1/TB-UBND ngày 02/03/2026 của UBND tỉnh đã được vào sổ trước đây (số văn bản không được trùng trong cùng năm 2026).");

    List<Map<String, Object>> both =
        (List<Map<String, Object>>)
            get(
                    TestPeople.OFFICE_SPECIALIST,
                    "/api/tasks?directive=1/TB-UBND&q=" + number + "&sort=assignedOn,asc")
                .getBody()
                .get("items");
    assertThat(both)
        .extracting(t -> t.get("directive"))
        .containsExactly("1/TB-UBND ngày 06/01/2025", "1/TB-UBND ngày 05/01/2026");
    Map<String, Object> one =
        get(
                TestPeople.OFFICE_SPECIALIST,
                "/api/tasks?directive=1/TB-UBND ngày 05/01/2026&q=" + number)
            .getBody();
    assertThat(contents(one)).containsExactly("Kế hoạch năm " + number);
  }

  @Test
  void
      aDeadlineWrittenOnNationalDayOrASundayIsDueAtTheEndOfTheNextWorkingDayAndBothDatesAreShown() {
    ResponseEntity<Map> answer =
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/directives",
            directive(
                number,
                "2026-08-20",
                task("Báo cáo dịp Quốc khánh", "SXD", List.of(), "\"deadline\":\"2026-09-02\""),
                task("Báo cáo cuối tuần", "SXD", List.of(), "\"deadline\":\"2026-09-06\""),
                task("Báo cáo ngày thường", "SXD", List.of(), "\"deadline\":\"2026-09-10\"")));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    List<String> numbers = (List<String>) answer.getBody().get("registerNumbers");

    Map<String, Object> nationalDay =
        (Map<String, Object>)
            get(TestPeople.OFFICE_SPECIALIST, "/api/tasks/" + numbers.get(0)).getBody().get("task");
    assertThat(nationalDay)
        .containsEntry("currentDeadline", "2026-09-03")
        .containsEntry("originalDeadline", "2026-09-03")
        .containsEntry("deadlineAsWritten", "2026-09-02")
        .containsEntry("originalDeadlineAsWritten", "2026-09-02")
        .containsEntry(
            "deadlineText",
            "hạn theo văn bản 02/09/2026, tính đến hết 03/09/2026 theo Điều 148 BLDS");
    Map<String, Object> sunday =
        (Map<String, Object>)
            get(TestPeople.OFFICE_SPECIALIST, "/api/tasks/" + numbers.get(1)).getBody().get("task");
    assertThat(sunday)
        .containsEntry("currentDeadline", "2026-09-07")
        .containsEntry("deadlineAsWritten", "2026-09-06");
    Map<String, Object> weekday =
        (Map<String, Object>)
            get(TestPeople.OFFICE_SPECIALIST, "/api/tasks/" + numbers.get(2)).getBody().get("task");
    assertThat(weekday)
        .containsEntry("currentDeadline", "2026-09-10")
        .containsEntry("deadlineText", "10/09/2026");

    assertThat(
            contents(
                get(
                        TestPeople.OFFICE_SPECIALIST,
                        "/api/tasks?directive="
                            + number
                            + "&statusClass=OPEN_OVERDUE&at=2026-09-03")
                    .getBody()))
        .isEmpty();
    assertThat(
            contents(
                get(
                        TestPeople.OFFICE_SPECIALIST,
                        "/api/tasks?directive="
                            + number
                            + "&statusClass=OPEN_OVERDUE&at=2026-09-04")
                    .getBody()))
        .containsExactly("Báo cáo dịp Quốc khánh");
    assertThat(
            contents(
                get(
                        TestPeople.OFFICE_SPECIALIST,
                        "/api/tasks?directive="
                            + number
                            + "&statusClass=OPEN_WITHIN_DEADLINE&at=2026-09-07")
                    .getBody()))
        .containsExactlyInAnyOrder("Báo cáo cuối tuần", "Báo cáo ngày thường");

    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(numbers.get(0))
            .singleResult()
            .getId();
    assertThat(runtime.getVariable(instance, "dueDate"))
        .isEqualTo(AssignmentService.dueDate(java.time.LocalDate.of(2026, 9, 3)));
    assertThat((String) runtime.getVariable(instance, "taskSummary"))
        .contains("Văn bản: " + number + " ngày 20/08/2026")
        .contains(
            "Hạn xử lý: hạn theo văn bản 02/09/2026, tính đến hết 03/09/2026 theo Điều 148 BLDS");
  }

  @Test
  void anOpenTaskWhoseStoredDeadlineTheMigrationMovedHasItsProcessFollowOnceAtStart() {
    ResponseEntity<Map> answer =
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/directives",
            directive(
                number,
                "2026-08-20",
                task(
                    "Nhiệm vụ lưu trước khi áp dụng Điều 148",
                    "SXD",
                    List.of(),
                    "\"deadline\":\"2026-09-10\"")));
    String registerNumber = ((List<String>) answer.getBody().get("registerNumbers")).get(0);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber)
            .singleResult()
            .getId();
    long taskId = ((Number) runtime.getVariable(instance, "taskId")).longValue();
    // As the old code stored it (due on the Sunday written), then as migration 13.3 left the
    // register.
    runtime.setVariable(
        instance, "dueDate", AssignmentService.dueDate(java.time.LocalDate.of(2026, 9, 6)));
    jdbc.sql(
            "update assigned_task set original_deadline = ?, current_deadline = ?, original_deadline_as_written = ?, deadline_as_written = ? where id = ?")
        .params(
            java.time.LocalDate.of(2026, 9, 7),
            java.time.LocalDate.of(2026, 9, 7),
            java.time.LocalDate.of(2026, 9, 6),
            java.time.LocalDate.of(2026, 9, 6),
            taskId)
        .update();
    jdbc.sql(
            "insert into task_deadline_adjustment (task_id, original_before, current_before, original_due, current_due, adjusted_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            taskId,
            java.time.LocalDate.of(2026, 9, 6),
            java.time.LocalDate.of(2026, 9, 6),
            java.time.LocalDate.of(2026, 9, 7),
            java.time.LocalDate.of(2026, 9, 7),
            java.sql.Timestamp.from(java.time.Instant.now()))
        .update();

    assertThat(followUp.followUp()).isPositive();

    java.util.Date due = AssignmentService.dueDate(java.time.LocalDate.of(2026, 9, 7));
    assertThat(runtime.getVariable(instance, "dueDate")).isEqualTo(due);
    assertThat(tasks.createTaskQuery().processInstanceId(instance).list())
        .allSatisfy(t -> assertThat(t.getDueDate()).isIn(null, due));
    assertThat(
            jdbc.sql(
                    "select count(*) from task_deadline_adjustment where task_id = ? and process_updated_at is not null")
                .param(taskId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(followUp.followUp()).isZero();
  }

  @Test
  void onlyTheOfficeRegistersDirectives() {
    ResponseEntity<Map> answer =
        post(
            TestPeople.SXD_OFFICER,
            "/api/directives",
            directive(number, "2026-11-02", task("Nội dung", "SXD", List.of(), "")));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(directivesNumbered(number)).isZero();
  }

  @Test
  void registerIsQueriedByUnitDirectiveClassAndTextAndOfficersSeeOnlyTheirUnits() {
    post(
        TestPeople.OFFICE_SPECIALIST,
        "/api/directives",
        directive(
            number,
            "2026-01-05",
            task("Chỉnh trang đô thị Đồng Đăng", "SXD", List.of(), "\"deadline\":\"2026-01-20\""),
            task("Giải phóng mặt bằng", "CAOLOC", List.of(), "\"deadline\":\"2026-12-31\""),
            task("Rà soát quy hoạch", "SXD", List.of("CAOLOC"), "")));

    Map<String, Object> byDirective =
        get(
                TestPeople.OFFICE_SPECIALIST,
                "/api/tasks?directive=" + number + "&sort=registerNumber,asc")
            .getBody();
    assertThat(byDirective.get("total")).isEqualTo(3);

    Map<String, Object> overdue =
        get(
                TestPeople.OFFICE_SPECIALIST,
                "/api/tasks?directive=" + number + "&statusClass=OPEN_OVERDUE&at=2026-02-01")
            .getBody();
    assertThat(contents(overdue)).containsExactly("Chỉnh trang đô thị Đồng Đăng");
    Map<String, Object> withinDeadline =
        get(
                TestPeople.OFFICE_SPECIALIST,
                "/api/tasks?directive="
                    + number
                    + "&statusClass=OPEN_WITHIN_DEADLINE&at=2026-01-10")
            .getBody();
    assertThat(contents(withinDeadline))
        .containsExactlyInAnyOrder("Chỉnh trang đô thị Đồng Đăng", "Giải phóng mặt bằng");

    Map<String, Object> text =
        get(TestPeople.OFFICE_SPECIALIST, "/api/tasks?directive=" + number + "&q=mặt bằng")
            .getBody();
    assertThat(contents(text)).containsExactly("Giải phóng mặt bằng");

    Map<String, Object> paged =
        get(
                TestPeople.OFFICE_SPECIALIST,
                "/api/tasks?directive=" + number + "&size=2&page=1&sort=registerNumber,asc")
            .getBody();
    assertThat((List<?>) paged.get("items")).hasSize(1);
    assertThat(paged.get("total")).isEqualTo(3);

    Map<String, Object> asSxd =
        get(TestPeople.SXD_OFFICER, "/api/tasks?directive=" + number).getBody();
    assertThat(contents(asSxd))
        .containsExactlyInAnyOrder("Chỉnh trang đô thị Đồng Đăng", "Rà soát quy hoạch");
    Map<String, Object> asCaoLoc =
        get(TestPeople.CAOLOC_OFFICER, "/api/tasks?directive=" + number).getBody();
    assertThat(contents(asCaoLoc))
        .containsExactlyInAnyOrder("Giải phóng mặt bằng", "Rà soát quy hoạch");
  }

  @Test
  void badQueryParametersAreRefusedInVietnamese() {
    ResponseEntity<Map> answer =
        get(
            TestPeople.OFFICE_SPECIALIST,
            "/api/tasks?statusClass=XANH&assignedFrom=2026-05-01&assignedTo=2026-04-01&size=0");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(answer)).containsExactlyInAnyOrder("assignedTo", "statusClass", "size");
    ResponseEntity<Map> badDate = get(TestPeople.OFFICE_SPECIALIST, "/api/tasks?at=31-12-2026");
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody().get("message")).asString().contains("'at'");
  }

  @Test
  void officerRecordsProgressAndSubmitsTheResultThroughTheApiAndTheIssuerWithdraws() {
    String registerNumber = registerOneFor("SXD");
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber)
            .singleResult()
            .getId();
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));

    assertThat(
            post(
                    TestPeople.SXD_OFFICER,
                    "/api/tasks/" + registerNumber + "/progress",
                    "{\"percent\":60,\"note\":\"Đã họp liên ngành\"}")
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    // Another unit's officer may not see the task: told there is none, as its record tells them.
    assertThat(
            post(
                    TestPeople.CAOLOC_OFFICER,
                    "/api/tasks/" + registerNumber + "/progress",
                    "{\"percent\":90}")
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> badPercent =
        post(
            TestPeople.SXD_OFFICER,
            "/api/tasks/" + registerNumber + "/progress",
            "{\"percent\":130}");
    assertThat(fields(badPercent)).containsExactly("progressPercent");

    assertThat(
            post(
                    TestPeople.SXD_OFFICER,
                    "/api/tasks/" + registerNumber + "/result",
                    "{\"resultText\":\"Đã hoàn thành kế hoạch\",\"documentRef\":\"12/BC-SXD\"}")
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> history =
        get(TestPeople.SXD_OFFICER, "/api/tasks/" + registerNumber).getBody();
    assertThat(((Map<String, Object>) history.get("task")).get("status"))
        .isEqualTo("LEADER_REVIEW");
    assertThat((List<?>) history.get("progress")).hasSize(1);
    assertThat((List<?>) history.get("submissions")).hasSize(1);
    // The result completed the officer's one step: only the leader's sign-off is open.
    assertThat(tasks.createTaskQuery().processInstanceId(instance).list())
        .extracting(t -> t.getTaskDefinitionKey())
        .containsExactly("Task_LeaderSignOff");
    // While the result waits, progress through the API is still recorded (the register's rule), and
    // moves no step.
    assertThat(
            post(
                    TestPeople.SXD_OFFICER,
                    "/api/tasks/" + registerNumber + "/progress",
                    "{\"percent\":100}")
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> waiting =
        get(TestPeople.SXD_OFFICER, "/api/tasks/" + registerNumber).getBody();
    assertThat(((Map<String, Object>) waiting.get("task")).get("status"))
        .isEqualTo("LEADER_REVIEW");
    assertThat((List<?>) waiting.get("progress")).hasSize(2);
    assertThat(tasks.createTaskQuery().processInstanceId(instance).list())
        .extracting(t -> t.getTaskDefinitionKey())
        .containsExactly("Task_LeaderSignOff");

    assertThat(
            post(
                    TestPeople.SXD_OFFICER,
                    "/api/tasks/" + registerNumber + "/withdraw",
                    "{\"reason\":\"Không muốn làm\"}")
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            post(
                    TestPeople.VICE_CHAIRMAN,
                    "/api/tasks/" + registerNumber + "/withdraw",
                    "{\"reason\":\"Thay đổi chủ trương\"}")
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    Map<String, Object> after =
        get(TestPeople.OFFICE_SPECIALIST, "/api/tasks/" + registerNumber).getBody();
    assertThat(((Map<String, Object>) after.get("task")).get("status")).isEqualTo("WITHDRAWN");
  }

  @Test
  void unitRequestsAnExtensionAndBadRequestsAreRefusedInVietnamese() {
    ResponseEntity<Map> registered =
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/directives",
            directive(
                number,
                "2026-11-02",
                task("Nhiệm vụ cần gia hạn", "SXD", List.of(), "\"deadline\":\"2099-12-31\"")));
    String registerNumber = ((List<String>) registered.getBody().get("registerNumbers")).get(0);

    ResponseEntity<Map> notAfter =
        post(
            TestPeople.SXD_OFFICER,
            "/api/tasks/" + registerNumber + "/extensions",
            "{\"reason\":\"Thiếu số liệu\",\"proposedDeadline\":\"2099-12-30\"}");
    assertThat(notAfter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(notAfter)).containsExactly("proposedDeadline");
    assertThat(
            post(
                    TestPeople.CAOLOC_OFFICER,
                    "/api/tasks/" + registerNumber + "/extensions",
                    "{\"reason\":\"Thiếu số liệu\",\"proposedDeadline\":\"2100-01-15\"}")
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // The Office decides extensions; it does not ask for them.
    ResponseEntity<Map> byOffice =
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/tasks/" + registerNumber + "/extensions",
            "{\"reason\":\"Thiếu số liệu\",\"proposedDeadline\":\"2100-01-15\"}");
    assertThat(byOffice.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byOffice.getBody().get("message")).asString().contains("được đề nghị gia hạn");

    ResponseEntity<Map> accepted =
        post(
            TestPeople.SXD_OFFICER,
            "/api/tasks/" + registerNumber + "/extensions",
            "{\"reason\":\"Thiếu số liệu\",\"proposedDeadline\":\"2100-01-15\"}");
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber)
            .singleResult()
            .getId();
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey("Task_DecideExtension")
                .count())
        .isEqualTo(1);
    ResponseEntity<Map> twice =
        post(
            TestPeople.SXD_OFFICER,
            "/api/tasks/" + registerNumber + "/extensions",
            "{\"reason\":\"Lần hai\",\"proposedDeadline\":\"2100-02-15\"}");
    assertThat(twice.getBody().get("message"))
        .asString()
        .contains("đang có đề nghị gia hạn chờ quyết định");
  }

  @Test
  void eachPersonIsOfferedOnlyTheActionsTheyMayTakeAndTheOfficerAttachesTheResultFile() {
    String registerNumber = registerOneFor("SXD");
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(registerNumber)
            .singleResult()
            .getId();
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));
    String path = "/api/tasks/" + registerNumber + "/actions";

    Map<String, Object> officer = get(TestPeople.SXD_OFFICER, path).getBody();
    assertThat(officer).containsEntry("mayAttachResult", true).containsEntry("mayWithdraw", false);
    Map<String, Object> office = get(TestPeople.OFFICE_SPECIALIST, path).getBody();
    assertThat(office)
        .containsEntry("mayAttachResult", false)
        .containsEntry("mayRequestExtension", false)
        .containsEntry("mayWithdraw", true);
    Map<String, Object> issuer = get(TestPeople.VICE_CHAIRMAN, path).getBody();
    assertThat(issuer).containsEntry("mayWithdraw", true).containsEntry("mayAttachResult", false);
    Map<String, Object> leader = get(TestPeople.SXD_LEADER, path).getBody();
    assertThat(leader).containsEntry("mayAttachResult", false).containsEntry("mayWithdraw", false);
    assertThat(get(TestPeople.CAOLOC_OFFICER, path).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // The same answer for a step the person sees in Tasklist; a step they do not see is unknown.
    String result =
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_CarryOutWork")
            .singleResult()
            .getId();
    assertThat(get(TestPeople.SXD_OFFICER, "/api/steps/" + result + "/actions").getBody())
        .containsEntry("registerNumber", registerNumber);
    assertThat(get(TestPeople.CAOLOC_OFFICER, "/api/steps/" + result + "/actions").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // Another unit's officer is told there is no such task, as the record and the actions tell
    // them, not that it is refused.
    ResponseEntity<Map> byOtherUnit =
        attach(TestPeople.CAOLOC_OFFICER, registerNumber, "bao-cao.pdf");
    assertThat(byOtherUnit.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(byOtherUnit.getBody().get("message"))
        .asString()
        .isEqualTo(
            "Không có nhiệm vụ số " + registerNumber + " hoặc bạn không được xem nhiệm vụ này.");
    assertThat(attach(TestPeople.CAOLOC_OFFICER, "NV-2000-999999", "bao-cao.pdf").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(attach(TestPeople.SXD_LEADER, registerNumber, "bao-cao.pdf").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> byOffice =
        attach(TestPeople.OFFICE_SPECIALIST, registerNumber, "bao-cao.pdf");
    assertThat(byOffice.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byOffice.getBody().get("message"))
        .asString()
        .isEqualTo("Chỉ cán bộ thực hiện nhiệm vụ được đính kèm tệp kết quả.");
    assertThat(runtime.getVariable(instance, "resultDocumentId")).isNull();
    ResponseEntity<Map> attached = attach(TestPeople.SXD_OFFICER, registerNumber, "bao-cao.pdf");
    assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(runtime.getVariable(instance, "resultDocumentName")).isEqualTo("bao-cao.pdf");
    assertThat(
            (Map<String, Object>) get(TestPeople.SXD_LEADER, path).getBody().get("resultDocument"))
        .containsEntry("fileName", "bao-cao.pdf");

    // The officer records progress on the step, as in Tasklist: it opens again and the file stays
    // with it;
    // then the result, with the attached file, their own upload.
    identity.setAuthentication(
        TestPeople.SXD_OFFICER,
        identity.createGroupQuery().groupMember(TestPeople.SXD_OFFICER).list().stream()
            .map(g -> g.getId())
            .toList());
    try {
      tasks.complete(
          result,
          Map.of(
              "workAction", "PROGRESS", "progressPercent", 90, "progressNote", "Đã xong dự thảo"));
      assertThat(get(TestPeople.SXD_OFFICER, path).getBody())
          .containsEntry("mayAttachResult", true);
      String again =
          tasks
              .createTaskQuery()
              .processInstanceId(instance)
              .taskDefinitionKey("Task_CarryOutWork")
              .singleResult()
              .getId();
      assertThat(again).isNotEqualTo(result);
      tasks.complete(
          again, Map.of("workAction", "RESULT", "resultText", "Đã hoàn thành kế hoạch kiểm tra"));
    } finally {
      identity.clearAuthentication();
    }
    Map<String, Object> history =
        get(TestPeople.SXD_OFFICER, "/api/tasks/" + registerNumber).getBody();
    List<Map<String, Object>> submissions = (List<Map<String, Object>>) history.get("submissions");
    assertThat(((Number) submissions.get(0).get("documentId")).longValue())
        .isEqualTo(((Number) attached.getBody().get("id")).longValue());
    // The officer's step is closed while the result waits for the sign-off: nothing more to attach.
    assertThat(get(TestPeople.SXD_OFFICER, path).getBody()).containsEntry("mayAttachResult", false);
    assertThat(
            attach(TestPeople.SXD_OFFICER, registerNumber, "lan-hai.pdf").getBody().get("message"))
        .asString()
        .contains("không ở bước thực hiện của bạn (chờ lãnh đạo đơn vị duyệt)");
  }

  private ResponseEntity<Map> attach(String user, String registerNumber, String fileName) {
    org.springframework.util.LinkedMultiValueMap<String, Object> parts =
        new org.springframework.util.LinkedMultiValueMap<>();
    parts.add(
        "file",
        new org.springframework.core.io.ByteArrayResource(
            "Báo cáo".getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, TestPeople.PASSWORD)
        .exchange(
            "/api/tasks/" + registerNumber + "/result-document",
            HttpMethod.POST,
            new HttpEntity<>(parts, headers),
            Map.class);
  }

  private String registerOneFor(String unit) {
    ResponseEntity<Map> answer =
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/directives",
            directive(number, "2026-11-02", task("Nhiệm vụ kiểm thử", unit, List.of(), "")));
    return ((List<String>) answer.getBody().get("registerNumbers")).get(0);
  }

  private void assertRefused(String body, String field, String messagePart) {
    ResponseEntity<Map> answer = post(TestPeople.OFFICE_SPECIALIST, "/api/directives", body);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(answer)).containsExactly(field);
    assertThat(answer.getBody().get("message")).asString().containsIgnoringCase(messagePart);
    assertThat(directivesNumbered(number)).isZero();
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .variableValueLike("taskSummary", "%" + number + "%")
                .count())
        .isZero();
  }

  private long directivesNumbered(String directiveNumber) {
    return jdbc.sql("select count(*) from directive where number = ?")
        .param(directiveNumber)
        .query(Long.class)
        .single();
  }

  private static String committee(String directive) {
    return directive.replace("\"issuerKind\":\"VICE_CHAIRMAN\"", "\"issuerKind\":\"COMMITTEE\"");
  }

  private static List<String> fields(ResponseEntity<Map> answer) {
    return ((List<Map<String, String>>) answer.getBody().get("problems"))
        .stream().map(p -> p.get("field")).toList();
  }

  private static List<String> contents(Map<String, Object> page) {
    return ((List<Map<String, Object>>) page.get("items"))
        .stream().map(t -> (String) t.get("content")).toList();
  }

  private static String directive(String number, String issuedOn, String... tasks) {
    return """
        {"number":"%s","issuedOn":"%s","issuerKind":"VICE_CHAIRMAN","issuerUsername":"%s",
         "excerpt":"Kết luận của Phó Chủ tịch UBND tỉnh","tasks":[%s]}"""
        .formatted(number, issuedOn, TestPeople.VICE_CHAIRMAN, String.join(",", tasks));
  }

  private static String task(
      String content, String unit, List<String> coordinating, String deadline) {
    String units = String.join(",", coordinating.stream().map(u -> "\"" + u + "\"").toList());
    return "{\"content\":\"%s\",\"leadUnit\":\"%s\",\"coordinatingUnits\":[%s]%s}"
        .formatted(content, unit, units, deadline.isEmpty() ? "" : "," + deadline);
  }

  private ResponseEntity<Map> post(String user, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> answer =
        rest.withBasicAuth(user, TestPeople.PASSWORD)
            .exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), Map.class);
    runPendingJobs();
    return answer;
  }

  /** Does what the job executor (off in tests) would do next: announce the registered tasks. */
  private void runPendingJobs() {
    management
        .createJobQuery()
        .processDefinitionKey("task-assignment")
        .executable()
        .list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private ResponseEntity<Map> get(String user, String path) {
    return rest.withBasicAuth(user, TestPeople.PASSWORD).getForEntity(path, Map.class);
  }
}
