package vn.gov.tasktracking.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.internal.DirectoryFile;
import vn.gov.tasktracking.directory.internal.DirectoryFile.PersonRow;

/**
 * The task's record over REST ({@code /api/tasks/{n}/record}, {@code /api/steps/{id}/record}): what
 * a whole journey leaves in it, and who may read it and the register (a unit its own and
 * coordinated tasks, the Office and the provincial leaders every task, anyone else nothing).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskRecordApiIT {

  /** A Chairman of this test's own: the provincial leaders' other role. */
  private static final String CHAIRMAN = "it.hs.chutich";

  private static String journeyTask;

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired ApplicationContext context;
  @Autowired AssignmentService assignment;
  @Autowired JdbcClient jdbc;

  private RecordJourney journey;

  @BeforeEach
  void journeyOnce() {
    TestPeople.ensure(directory);
    directory.apply(
        new DirectoryFile(
            "it-record",
            List.of(),
            List.of(
                new PersonRow(
                    CHAIRMAN,
                    "Chủ Tịch Hồ Sơ",
                    null,
                    CHAIRMAN + "@example.vn",
                    null,
                    "VPUBND",
                    List.of("CHAIRMAN"),
                    true,
                    TestPeople.PASSWORD))),
        "test",
        null);
    journey = new RecordJourney(context);
    if (journeyTask == null) {
      journeyTask = journey.travel();
    }
  }

  @Test
  void theRecordHoldsTheWholeJourneyNewestFirstWithDeadlinesExtensionsClassAndDocuments() {
    Map<String, Object> record = record(TestPeople.OFFICE_SPECIALIST, journeyTask).getBody();

    assertThat(record)
        .containsEntry("registerNumber", journeyTask)
        .containsEntry("content", RecordJourney.CONTENT)
        .containsEntry("originalDeadline", "2026-03-20")
        .containsEntry("currentDeadline", "2026-03-25")
        .containsEntry("statusClass", "COMPLETED_LATE")
        .containsEntry("statusClassLabel", "Hoàn thành quá hạn")
        .containsEntry("colour", "amber")
        .containsEntry("status", "COMPLETED")
        .containsEntry("keyTask", true);
    Map<String, Object> directive = map(record.get("directive"));
    assertThat(directive)
        .containsEntry("excerpt", "Kết luận về phát triển đô thị cửa khẩu")
        .containsEntry("issuedOn", "2026-03-02");
    assertThat(directive.get("issuerName").toString()).contains("Kiểm Thử Phó Chủ Tịch");
    assertThat(map(directive.get("document")))
        .containsEntry("fileName", RecordJourney.DIRECTIVE_FILE);
    assertThat(map(record.get("leadUnit")))
        .containsEntry("key", "SXD")
        .containsEntry("name", "Sở Xây dựng");
    assertThat(list(record.get("coordinatingUnits")))
        .extracting(u -> u.get("name"))
        .containsExactly("Sở Tài chính");
    assertThat(map(record.get("officer"))).containsEntry("name", "Kiểm Thử Sở Xây Dựng");
    assertThat(list(record.get("extensions")))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e)
                    .containsEntry("status", "APPROVED")
                    .containsEntry("previousDeadline", "2026-03-20")
                    .containsEntry("proposedDeadline", "2026-03-31")
                    .containsEntry("approvedDeadline", "2026-03-25"));
    assertThat(list(record.get("documents")))
        .extracting(d -> d.get("fileName"))
        .containsExactly(RecordJourney.DIRECTIVE_FILE, RecordJourney.RESULT_FILE);

    List<Map<String, Object>> timeline = list(record.get("timeline"));
    assertThat(timeline)
        .extracting(e -> e.get("kind"))
        .contains(
            "STATUS",
            "PROGRESS",
            "COORDINATION",
            "SUBMISSION",
            "REVIEW",
            "EXTENSION_REQUEST",
            "EXTENSION_DECISION",
            "REMINDER",
            "OVERDUE",
            "ESCALATION",
            "EXPLANATION_REQUEST",
            "EXPLANATION");
    List<Instant> times =
        timeline.stream().map(e -> Instant.parse(e.get("at").toString())).toList();
    assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(timeline.get(0)).containsEntry("kind", "STATUS");
    assertThat(timeline.get(0).get("text").toString()).startsWith("Đã hoàn thành");
    assertThat(timeline.get(timeline.size() - 1).get("text").toString()).startsWith("Đã vào sổ");
    assertThat(entry(timeline, "PROGRESS"))
        .containsEntry("text", "Hoàn thành 40%. " + RecordJourney.PROGRESS_NOTE);
    assertThat(map(entry(timeline, "PROGRESS").get("who")))
        .containsEntry("name", "Kiểm Thử Sở Xây Dựng");
    assertThat(entry(timeline, "COORDINATION").get("text").toString())
        .isEqualTo("Sở Tài chính: " + RecordJourney.COORDINATION_INPUT);
    assertThat(map(entry(timeline, "COORDINATION").get("who")))
        .containsEntry("name", "Kiểm Thử Sở Tài Chính");
    assertThat(map(entry(timeline, "EXTENSION_DECISION").get("who")))
        .containsEntry("name", "Kiểm Thử Phó Chủ Tịch");
    assertThat(entry(timeline, "EXTENSION_DECISION").get("text").toString())
        .startsWith("Đồng ý gia hạn đến 25/03/2026.");
    assertThat(entry(timeline, "EXPLANATION")).containsEntry("text", RecordJourney.EXPLANATION);
    assertThat(entry(timeline, "OVERDUE")).containsEntry("who", null);
    assertThat(timeline)
        .filteredOn(e -> "REVIEW".equals(e.get("kind")))
        .extracting(e -> e.get("text").toString())
        .containsExactly(
            "Văn phòng UBND tỉnh công nhận kết quả.",
            "Văn phòng UBND tỉnh trả lại kết quả: " + RecordJourney.OFFICE_COMMENT,
            "Lãnh đạo đơn vị trả lại kết quả: " + RecordJourney.LEADER_COMMENT);
    assertThat(timeline)
        .filteredOn(e -> "SUBMISSION".equals(e.get("kind")))
        .first()
        .satisfies(
            e ->
                assertThat(map(e.get("document")))
                    .containsEntry("fileName", RecordJourney.RESULT_FILE));
  }

  @Test
  void theLeadUnitsPeopleReadTheRecord() {
    assertThat(record(TestPeople.SXD_OFFICER, journeyTask).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(record(TestPeople.SXD_LEADER, journeyTask).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aCoordinatingUnitReadsTheRecord() {
    assertThat(record(TestPeople.STC_OFFICER, journeyTask).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void theOfficeAndTheViceChairmenReadEveryRecord() {
    assertThat(record(TestPeople.OFFICE_SPECIALIST, journeyTask).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(record(TestPeople.VICE_CHAIRMAN, journeyTask).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void anotherUnitsOfficerIsToldThereIsNoSuchTaskForTheRecordAndForAStepOfIt() {
    ResponseEntity<Map> answer = record(TestPeople.CAOLOC_OFFICER, journeyTask);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getBody().get("message").toString())
        .isEqualTo(
            "Không có nhiệm vụ số " + journeyTask + " hoặc bạn không được xem nhiệm vụ này.");

    String open =
        journey.registerFor(
            "SXD", List.of(), "Báo cáo tình hình cấp phép xây dựng", LocalDate.now().plusMonths(1));
    String step = journey.open(open, "Task_ReceiveTask").getId();
    assertThat(get(TestPeople.SXD_OFFICER, "/api/steps/" + step + "/record").getBody())
        .containsEntry("registerNumber", open);
    ResponseEntity<Map> other = get(TestPeople.CAOLOC_OFFICER, "/api/steps/" + step + "/record");
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(other.getBody().get("message").toString()).contains("không được xem");
  }

  @Test
  void theChairmanReadsEveryRecord() {
    assertThat(record(CHAIRMAN, journeyTask).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // ---- The register: one test per rule ----------------------------------------------------------

  @Test
  void aUnitsRegisterHoldsTheTasksItLeadsAndNothingOfOtherUnits() {
    assertThat(total(TestPeople.SXD_OFFICER, "/api/tasks?directive=" + directive())).isEqualTo(1);
    assertThat(total(TestPeople.SXD_LEADER, "/api/tasks?q=" + journeyTask)).isEqualTo(1);
    assertThat(items(TestPeople.SXD_OFFICER, "/api/tasks?size=200"))
        .allSatisfy(
            t ->
                assertThat(
                        t.get("leadUnit").equals("SXD")
                            || ((List<?>) t.get("coordinatingUnits")).contains("SXD"))
                    .isTrue());
  }

  @Test
  void aCoordinatingUnitsRegisterHoldsTheTasksItCoordinates() {
    assertThat(items(TestPeople.STC_OFFICER, "/api/tasks?directive=" + directive()))
        .singleElement()
        .satisfies(
            t ->
                assertThat(t)
                    .containsEntry("registerNumber", journeyTask)
                    .containsEntry("leadUnit", "SXD"));
    assertThat(items(TestPeople.STC_OFFICER, "/api/tasks?size=200"))
        .allSatisfy(
            t ->
                assertThat(
                        t.get("leadUnit").equals("STC")
                            || ((List<?>) t.get("coordinatingUnits")).contains("STC"))
                    .isTrue());
  }

  @Test
  void anotherUnitsOfficerFindsNothingOfTheTaskInTheRegisterNorInItsExcelFile()
      throws java.io.IOException {
    assertThat(total(TestPeople.CAOLOC_OFFICER, "/api/tasks?directive=" + directive())).isZero();
    assertThat(total(TestPeople.CAOLOC_OFFICER, "/api/tasks?q=" + journeyTask)).isZero();
    assertThat(total(TestPeople.CAOLOC_OFFICER, "/api/tasks?unit=SXD")).isZero();
    ResponseEntity<byte[]> excel =
        rest.withBasicAuth(TestPeople.CAOLOC_OFFICER, TestPeople.PASSWORD)
            .getForEntity("/api/tasks.xlsx?q=" + journeyTask, byte[].class);
    assertThat(excel.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> cells = new java.util.ArrayList<>();
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(excel.getBody()))) {
      workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
    }
    // The file says its filter (the number searched for) and holds no row: no cell is the task's
    // number.
    assertThat(cells)
        .anyMatch(c -> c.endsWith("; 0 nhiệm vụ"))
        .noneMatch(c -> c.equals(journeyTask));
  }

  @Test
  void theOfficeAndTheProvincialLeadersSeeTheWholeRegister() {
    long all = jdbc.sql("select count(*) from assigned_task").query(Long.class).single();
    for (String user : List.of(TestPeople.OFFICE_SPECIALIST, TestPeople.VICE_CHAIRMAN, CHAIRMAN)) {
      assertThat(total(user, "/api/tasks?size=1")).as(user).isEqualTo(all);
      assertThat(total(user, "/api/tasks?directive=" + directive())).as(user).isEqualTo(1);
    }
  }

  @Test
  void theStepAPersonMustWorkOnIsFoundForThemOnly() {
    String open =
        journey.registerFor(
            "SXD", List.of(), "Rà soát giấy phép xây dựng tạm", LocalDate.now().plusMonths(1));
    ResponseEntity<Map> mine = get(TestPeople.SXD_OFFICER, "/api/steps/mine?key=" + open);
    assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mine.getBody())
        .containsEntry("id", journey.open(open, "Task_ReceiveTask").getId())
        .containsEntry("name", "Tiếp nhận nhiệm vụ");
    assertThat(get(TestPeople.CAOLOC_OFFICER, "/api/steps/mine?key=" + open).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(get(TestPeople.SXD_OFFICER, "/api/steps/mine?key=" + journeyTask).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // Received: the officer's one step of the task, "Thực hiện nhiệm vụ", the same after a progress
    // update.
    try {
      theOfficersOneStep(open);
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil
          .reset(); // the journey moves the engine's clock a few minutes per step
    }
  }

  private void theOfficersOneStep(String open) {
    journey.complete(
        TestPeople.SXD_OFFICER,
        open,
        "Task_ReceiveTask",
        Map.of("receiveDecision", "ACCEPT", "officer", TestPeople.SXD_OFFICER));
    assertThat(get(TestPeople.SXD_OFFICER, "/api/steps/mine?key=" + open).getBody())
        .containsEntry("id", journey.open(open, "Task_CarryOutWork").getId())
        .containsEntry("name", "Thực hiện nhiệm vụ");
    journey.complete(
        TestPeople.SXD_OFFICER,
        open,
        "Task_CarryOutWork",
        Map.of("workAction", "PROGRESS", "progressPercent", 30));
    assertThat(get(TestPeople.SXD_OFFICER, "/api/steps/mine?key=" + open).getBody())
        .containsEntry("id", journey.open(open, "Task_CarryOutWork").getId())
        .containsEntry("name", "Thực hiện nhiệm vụ");
    // The result with the leader: nothing for the officer to do.
    journey.complete(
        TestPeople.SXD_OFFICER,
        open,
        "Task_CarryOutWork",
        Map.of("workAction", "RESULT", "resultText", "Đã rà soát xong"));
    assertThat(get(TestPeople.SXD_OFFICER, "/api/steps/mine?key=" + open).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String directive() {
    return assignment.task(journeyTask).directiveNumber();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> items(String user, String path) {
    return (List<Map<String, Object>>) get(user, path).getBody().get("items");
  }

  private ResponseEntity<Map> record(String user, String number) {
    return get(user, "/api/tasks/" + number + "/record");
  }

  private long total(String user, String path) {
    return ((Number) get(user, path).getBody().get("total")).longValue();
  }

  private ResponseEntity<Map> get(String user, String path) {
    return rest.withBasicAuth(user, TestPeople.PASSWORD).getForEntity(path, Map.class);
  }

  private static Map<String, Object> entry(List<Map<String, Object>> timeline, String kind) {
    return timeline.stream()
        .filter(e -> kind.equals(e.get("kind")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object o) {
    return (List<Map<String, Object>>) o;
  }
}
