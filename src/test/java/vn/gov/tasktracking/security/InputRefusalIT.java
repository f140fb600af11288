package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.system.InvalidInputException;

/**
 * Every input is checked for length and type before it reaches the database, with a Vietnamese 4xx
 * naming the field (issue 12, L), with the figures of the audit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputRefusalIT {

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  private ApiClient api;
  private RegisterFixtures register;

  @BeforeEach
  void setUp() {
    TestPeople.ensure(directory);
    api = new ApiClient(port);
    register = new RegisterFixtures(api, runtime, tasks, management);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void aDirectiveNumberOver64CharactersIsRefused() {
    assertDirectiveRefused(
        directive("X".repeat(65), "2026-11-02", "Trích yếu", task("Nội dung", "")),
        "number",
        "vượt quá 64 ký tự");
  }

  @Test
  void contentNearFourThousandCharactersIsRefusedAndThreeThousandAccepted() {
    assertDirectiveRefused(
        directive(
            RegisterFixtures.directiveNumber(),
            "2026-11-02",
            "Trích yếu",
            task("n".repeat(3990), "")),
        "tasks[1].content",
        "vượt quá 3000 ký tự");
    ApiClient.Answer longest =
        api.json(
            TestPeople.OFFICE_SPECIALIST,
            "POST",
            "/api/directives",
            directive(
                RegisterFixtures.directiveNumber(),
                "2026-11-02",
                "t".repeat(3000),
                task("n".repeat(3000), "")));
    assertThat(longest.status()).as(longest.abbreviated()).isEqualTo(201);
  }

  @Test
  void aNulCharacterIsRefusedInEveryTextField() {
    assertDirectiveRefused(
        directive(
            RegisterFixtures.directiveNumber(),
            "2026-11-02",
            "Trích\\u0000yếu",
            task("Nội dung", "")),
        "excerpt",
        "ký tự điều khiển");
    assertDirectiveRefused(
        directive(
            RegisterFixtures.directiveNumber(),
            "2026-11-02",
            "Trích yếu",
            task("Nội\\u0007dung", "")),
        "tasks[1].content",
        "U+0007");
  }

  @Test
  void nullListElementsAreRefused() {
    assertDirectiveRefused(
        directive(
            RegisterFixtures.directiveNumber(),
            "2026-11-02",
            "Trích yếu",
            task("Nội dung", "null")),
        "tasks[1].coordinatingUnits[1]",
        "phần tử trống");
    assertDirectiveRefused(
        directive(RegisterFixtures.directiveNumber(), "2026-11-02", "Trích yếu", "null"),
        "tasks[1]",
        "phần tử trống");
  }

  @Test
  void anIssueDateOfYearMinusOneIsRefusedAndNoRegisterNumberIsMadeOfIt() {
    assertDirectiveRefused(
        directive(
            RegisterFixtures.directiveNumber(), "-0001-01-01", "Trích yếu", task("Nội dung", "")),
        "issuedOn",
        "từ năm 1900 đến năm 2100");
    assertDirectiveRefused(
        directive(
            RegisterFixtures.directiveNumber(),
            "2026-11-02",
            "Trích yếu",
            "{\"content\":\"Nội dung\",\"leadUnit\":\"SXD\",\"deadline\":\"9999-12-31\"}"),
        "tasks[1].deadline",
        "năm 2100");
    // A number is read as days since 1970; one far outside the calendar is refused while the body
    // is read.
    assertDirectiveRefused(
        directive(
                RegisterFixtures.directiveNumber(), "2026-11-02", "Trích yếu", task("Nội dung", ""))
            .replace("\"issuedOn\":\"2026-11-02\"", "\"issuedOn\":10000000000"),
        "issuedOn",
        "Trường 'issuedOn': Ngày '+27381040");
    long inspections = count("inspection");
    for (String visitDate : List.of("10000000000", "1000000000000000", "\"2200-01-01\"")) {
      ApiClient.Answer plan =
          api.json(
              TestPeople.OFFICE_SPECIALIST,
              "POST",
              "/api/inspections",
              "{\"unit\":\"SXD\",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-06-30\",\"visitDate\":"
                  + visitDate
                  + ",\"leader\":\"it.vp.chuyenvien\",\"members\":[\"it.quantri\"],\"content\":\"Kiểm tra\"}");
      assertThat(plan.status()).as(visitDate + ": " + plan.abbreviated()).isEqualTo(400);
      assertThat(plan.fields()).containsExactly("visitDate");
    }
    assertThat(count("inspection")).isEqualTo(inspections);
    assertThat(
            jdbc.sql("select count(*) from assigned_task where register_number like 'NV--%'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void calendarYearsOutsideTheCalendarAreRefusedOnReadAndWrite() {
    long before = count("calendar_year");
    for (int year : new int[] {0, 1899, 2200, -5}) {
      ApiClient.Answer write =
          api.json(TestPeople.ADMIN, "PUT", "/api/calendar/" + year, "{\"extraDaysOff\":[]}");
      assertThat(write.status()).as("PUT " + year).isEqualTo(400);
      assertThat(write.fields()).containsExactly("year");
      assertThat(write.json().get("message")).asString().contains("ngoài khoảng lịch hỗ trợ");
      ApiClient.Answer read = api.get(TestPeople.SXD_OFFICER, "/api/calendar/" + year);
      assertThat(read.status()).as("GET " + year).isEqualTo(400);
      assertThat(read.fields()).containsExactly("year");
    }
    assertThat(api.get(TestPeople.SXD_OFFICER, "/api/calendar/1900").status()).isEqualTo(200);
    assertThat(api.get(TestPeople.SXD_OFFICER, "/api/calendar/2199").status()).isEqualTo(200);
    ApiClient.Answer nullDay =
        api.json(TestPeople.ADMIN, "PUT", "/api/calendar/2031", "{\"extraDaysOff\":[null]}");
    assertThat(nullDay.status()).isEqualTo(400);
    assertThat(nullDay.fields()).containsExactly("extraDaysOff[1]");
    assertThat(count("calendar_year")).isEqualTo(before);
  }

  @Test
  void aFileNameOver255CharactersIsRefused() {
    long before = count("document");
    ApiClient.Answer answer =
        api.upload(
            TestPeople.SXD_OFFICER,
            "/api/documents",
            "file",
            "t".repeat(252) + ".pdf",
            "application/pdf",
            "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.fields()).containsExactly("file");
    assertThat(answer.json().get("message"))
        .asString()
        .contains("Tên tệp")
        .contains("vượt quá 255 ký tự");
    assertThat(count("document")).isEqualTo(before);
  }

  @Test
  void multipartWithoutBoundaryIsRefusedInVietnamese() {
    for (String path : List.of("/api/documents", "/api/imports/tasks")) {
      ApiClient.Answer answer =
          api.send(
              TestPeople.OFFICE_SPECIALIST,
              "POST",
              path,
              "multipart/form-data",
              ApiClient.multipart(
                  "file", "a.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8)));
      assertThat(answer.status()).as(path + ": " + answer.abbreviated()).isEqualTo(400);
      assertThat(answer.json().get("message")).asString().contains("ranh giới (boundary)");
    }
  }

  @Test
  void aDirectoryFileWithAJavaTagIsRefusedAndNothingIsBuilt() {
    long imports = count("directory_import");
    for (String yaml :
        List.of(
            "!!java.lang.Runtime {}\n",
            "version: it-tag\nunits:\n  - !!java.lang.Runtime {}\n",
            "version: !!java.net.URL [\"http://evil.example/\"]\n")) {
      ApiClient.Answer answer = importDirectory(yaml);
      assertThat(answer.status()).as(yaml).isEqualTo(400);
      assertThat(answer.json().get("message")).asString().contains("không được dùng thẻ (tag)");
    }
    assertThat(count("directory_import")).isEqualTo(imports);
  }

  @Test
  void aDirectoryFileWithARepeatedKeyIsRefused() {
    long imports = count("directory_import");
    ApiClient.Answer answer =
        importDirectory(
            """
        version: it-dup
        units:
          - code: SXD
            name: Sở Xây dựng
            name: Sở Xây dựng Lạng Sơn
            kind: DEPARTMENT
        """);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.fields()).containsExactly("name");
    assertThat(answer.json().get("message")).asString().contains("hai lần");
    assertThat(count("directory_import")).isEqualTo(imports);
  }

  @Test
  void directoryValuesLongerThanTheirColumnsAreRefused() {
    ApiClient.Answer answer =
        importDirectory(
            """
        version: it-long
        people:
          - username: it.qua.dai
            fullName: %s
            phone: "%s"
            unit: SXD
            roles: [OFFICER]
        units:
          - null
        """
                .formatted("A".repeat(256), "0".repeat(33)));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("message")).asString().contains("dòng trống");
    ApiClient.Answer withoutNull =
        importDirectory(
            """
        version: it-long
        people:
          - username: it.qua.dai
            fullName: %s
            phone: "%s"
            unit: SXD
            roles: [OFFICER]
        """
                .formatted("A".repeat(256), "0".repeat(33)));
    assertThat(withoutNull.status()).isEqualTo(400);
    assertThat(withoutNull.fields())
        .containsExactlyInAnyOrder("people[1].fullName", "people[1].phone");
    assertThat(directory.person("it.qua.dai")).isEmpty();
  }

  @Test
  void uploadedTypesAreNormalisedAndNothingIsServedAsAPageOrPicture() {
    long pdf = register.upload(TestPeople.SXD_OFFICER, "bao-cao.pdf", "pdf", "%PDF-1.4");
    assertThat(
            jdbc.sql("select content_type from document where id = ?")
                .param(pdf)
                .query(String.class)
                .single())
        .isEqualTo("application/pdf");

    // A row stored before the check, with the bare type the audit found, still downloads.
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into document (file_name, content_type, size_bytes, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?)")
        .params(
            "Báo cáo cũ.pdf",
            "pdf",
            8,
            "%PDF-1.4".getBytes(StandardCharsets.UTF_8),
            TestPeople.SXD_OFFICER,
            Timestamp.from(Instant.now()))
        .update(keys, "id");
    ApiClient.Answer old =
        api.get(TestPeople.SXD_OFFICER, "/api/documents/" + keys.getKey().longValue());
    assertThat(old.status()).isEqualTo(200);
    assertThat(old.contentType()).isEqualTo("application/pdf");
    assertThat(old.header("Content-Disposition"))
        .startsWith("attachment;")
        .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20c%C5%A9.pdf");
    assertThat(old.header("X-Content-Type-Options")).isEqualTo("nosniff");

    for (String[] upload :
        new String[][] {
          {"trang.html", "text/html"},
          {"hinh.svg", "image/svg+xml"},
          {"trang.pdf", "text/html; charset=utf-8"}
        }) {
      long id =
          register.upload(
              TestPeople.SXD_OFFICER, upload[0], upload[1], "<script>alert(1)</script>");
      ApiClient.Answer served = api.get(TestPeople.SXD_OFFICER, "/api/documents/" + id);
      assertThat(served.contentType())
          .as(upload[0])
          .isIn("application/octet-stream", "application/pdf");
      assertThat(served.header("Content-Disposition")).startsWith("attachment;");
      assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }

  @Test
  void theStartFormRefusesOverlongAndControlCharacterValuesInVietnamese() {
    identity.setAuthentication(
        TestPeople.OFFICE_SPECIALIST, List.of("office-specialist", "VPUBND"));
    String definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("task-assignment")
            .latestVersion()
            .singleResult()
            .getId();
    long instances = count("ACT_RU_EXECUTION");
    long directives = count("directive");

    Map<String, Object> form =
        new HashMap<>(
            Map.of(
                "number",
                RegisterFixtures.directiveNumber(),
                "issuedOn",
                "2026-11-02",
                "issuerKind",
                "COMMITTEE",
                "excerpt",
                "Trích yếu",
                "content",
                "n".repeat(4100),
                "leadUnit",
                "SXD"));
    assertThat(refusal(() -> forms.submitStartForm(definition, form)).problems())
        .extracting(InvalidInputException.Problem::field)
        .contains("tasks[1].content");
    form.put("content", "Nội dung");
    form.put("number", "số/QĐ\u0000");
    assertThat(refusal(() -> forms.submitStartForm(definition, form)).getMessage())
        .contains("ký tự điều khiển");
    form.put("number", RegisterFixtures.directiveNumber());
    form.put("issuedOn", "0001-01-01");
    assertThat(refusal(() -> forms.submitStartForm(definition, form)).problems())
        .extracting(InvalidInputException.Problem::field)
        .contains("issuedOn");

    assertThat(count("ACT_RU_EXECUTION")).isEqualTo(instances);
    assertThat(count("directive")).isEqualTo(directives);
  }

  @Test
  void thePlanInspectionFormRefusesOverlongContent() {
    identity.setAuthentication(
        TestPeople.OFFICE_SPECIALIST, List.of("office-specialist", "VPUBND"));
    String definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("inspection-visit")
            .latestVersion()
            .singleResult()
            .getId();
    long inspections = count("inspection");
    Map<String, Object> form =
        Map.of(
            "unit",
            "SXD",
            "periodFrom",
            "2026-01-01",
            "periodTo",
            "2026-06-30",
            "visitDate",
            "2099-07-15",
            "leader",
            "x".repeat(65),
            "members",
            "it.kt.thanhvien1",
            "content",
            "k".repeat(3001));
    assertThat(refusal(() -> forms.submitStartForm(definition, form)).problems())
        .extracting(InvalidInputException.Problem::field)
        .contains("content", "leader");
    assertThat(count("inspection")).isEqualTo(inspections);
  }

  @Test
  void aTaskFormRefusesAnOverlongResultAndTheStepStaysOpen() {
    String registerNumber = register.register("SXD", null);
    register.accept(registerNumber, TestPeople.SXD_OFFICER);
    String step =
        tasks
            .createTaskQuery()
            .processInstanceId(register.instance(registerNumber))
            .taskDefinitionKey("Task_CarryOutWork")
            .singleResult()
            .getId();
    identity.setAuthentication(TestPeople.SXD_OFFICER, List.of("officer", "focal-point", "SXD"));
    long submissions = count("task_submission");

    assertThat(
            refusal(
                    () ->
                        tasks.complete(
                            step, Map.of("workAction", "RESULT", "resultText", "r".repeat(4500))))
                .problems())
        .extracting(InvalidInputException.Problem::field)
        .containsExactly("resultText");
    assertThat(
            refusal(
                    () ->
                        tasks.complete(
                            step,
                            Map.of(
                                "workAction",
                                "RESULT",
                                "resultText",
                                "Kết quả",
                                "resultDocument",
                                "d".repeat(256))))
                .problems())
        .extracting(InvalidInputException.Problem::field)
        .containsExactly("resultDocument");
    assertThat(count("task_submission")).isEqualTo(submissions);
    assertThat(tasks.createTaskQuery().taskId(step).count()).isEqualTo(1);
  }

  @Test
  void coordinationInputsOfTheLongestAllowedLengthStillFitTheLeadOfficersSummary() {
    String registerNumber = register.register("SXD", null, List.of("STC", "CAOLOC"));
    register.accept(registerNumber, TestPeople.SXD_OFFICER);
    String instance = register.instance(registerNumber);
    for (String unit : List.of("STC", "CAOLOC")) {
      tasks.complete(
          tasks
              .createTaskQuery()
              .processInstanceId(instance)
              .taskCandidateGroup(unit)
              .singleResult()
              .getId(),
          Map.of("coordinationInput", unit.charAt(0) + "y".repeat(2999)));
    }

    String summary = (String) runtime.getVariable(instance, "coordinationSummary");
    assertThat(summary.length()).isLessThanOrEqualTo(4000);
    assertThat(summary)
        .startsWith("Sở Tài chính: Sy")
        .contains("xem đầy đủ các ý kiến phối hợp trong sổ theo dõi");
    assertThat(
            jdbc.sql(
                    "select input from task_coordination c join assigned_task t on t.id = c.task_id where t.register_number = ?")
                .param(registerNumber)
                .query(String.class)
                .list())
        .hasSize(2)
        .allMatch(input -> input.length() == 3000);
  }

  private ApiClient.Answer importDirectory(String yaml) {
    return api.send(
        TestPeople.ADMIN,
        "POST",
        "/api/directory/import",
        "application/yaml",
        yaml.getBytes(StandardCharsets.UTF_8));
  }

  private void assertDirectiveRefused(String body, String field, String messagePart) {
    long directives = count("directive");
    long instances = count("ACT_RU_EXECUTION");
    ApiClient.Answer answer =
        api.json(TestPeople.OFFICE_SPECIALIST, "POST", "/api/directives", body);
    assertThat(answer.status()).as(answer.abbreviated()).isEqualTo(400);
    assertThat(answer.fields()).contains(field);
    assertThat(answer.json().get("message")).asString().contains(messagePart);
    assertThat(count("directive")).isEqualTo(directives);
    assertThat(count("ACT_RU_EXECUTION")).isEqualTo(instances);
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  /** The Vietnamese refusal a step's listener gave, however the engine wrapped it. */
  private static InvalidInputException refusal(Runnable engineCall) {
    try {
      engineCall.run();
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidInputException invalid) {
          return invalid;
        }
      }
      throw new AssertionError("Refused, but not with the product's Vietnamese message", e);
    }
    return fail("The engine accepted the input");
  }

  private static String directive(String number, String issuedOn, String excerpt, String... tasks) {
    return """
        {"number":"%s","issuedOn":"%s","issuerKind":"COMMITTEE","excerpt":"%s","tasks":[%s]}"""
        .formatted(number, issuedOn, excerpt, String.join(",", tasks));
  }

  /** A task led by SXD; {@code coordinatingUnits} is the JSON inside the list. */
  private static String task(String content, String coordinatingUnits) {
    return "{\"content\":\"%s\",\"leadUnit\":\"SXD\",\"coordinatingUnits\":[%s]}"
        .formatted(content, coordinatingUnits);
  }
}
