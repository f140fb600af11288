package vn.gov.tasktracking.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.tasktracking.importing.ImportSheets.row;
import static vn.gov.tasktracking.importing.ImportSheets.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.importing.internal.TaskWorkbook;

/**
 * Importing historical tasks from Excel through REST: the register, the status classes, the
 * processes of open tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskImportIT {

  /** The import happens on Wednesday 25/03/2026. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 25);

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  private String prefix;

  @BeforeEach
  void setUp() {
    TestPeople.ensure(directory);
    prefix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    ClockUtil.setCurrentTime(
        Date.from(TODAY.atTime(9, 0).atZone(ZoneOffset.ofHours(7)).toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void completedLateOpenAndNoDeadlineRowsLandInTheRegisterAndOpenTasksAreTracked() {
    String committee = prefix + "/TB-UBND";
    String vice = prefix + "/KL-PCT";
    byte[] file =
        workbook(
            List.of(
                row(
                    committee,
                    "05/01/2026",
                    "UBND tỉnh",
                    "Kết luận phiên họp tháng 12",
                    "Hoàn thành quy hoạch " + prefix,
                    "SXD",
                    null,
                    LocalDate.of(2026, 1, 31),
                    "20/01/2026",
                    null,
                    null),
                row(
                    committee,
                    LocalDate.of(2026, 1, 5),
                    "ủy ban nhân dân tỉnh",
                    null,
                    "Rà soát kinh phí " + prefix,
                    "Sở Tài chính",
                    "06/01/2026",
                    "15/02/2026",
                    LocalDate.of(2026, 3, 2),
                    null,
                    null),
                row(
                    committee,
                    "05/01/2026",
                    "UBND tỉnh",
                    null,
                    "Cải tạo vỉa hè " + prefix,
                    "sxd",
                    null,
                    "20/03/2026",
                    null,
                    null,
                    TestPeople.SXD_OFFICER),
                row(
                    vice,
                    "10/03/2026",
                    "Phó Chủ tịch Kiểm Thử Phó Chủ Tịch",
                    "Kết luận kiểm tra",
                    "Giải phóng mặt bằng " + prefix,
                    "CAOLOC",
                    null,
                    null,
                    null,
                    null,
                    null),
                row(
                    vice,
                    "10/03/2026",
                    TestPeople.VICE_CHAIRMAN,
                    null,
                    "Lập đề án " + prefix,
                    "SXD",
                    "12/03/2026",
                    "30/06/2026",
                    null,
                    null,
                    TestPeople.SXD_OFFICER),
                row(
                    vice,
                    "10/03/2026",
                    "Kiểm Thử Phó Chủ Tịch",
                    null,
                    "Khảo sát hiện trạng " + prefix,
                    "SXD",
                    null,
                    "31/03/2026",
                    null,
                    "15/03/2026",
                    null)));

    ResponseEntity<Map> answer = upload(TestPeople.OFFICE_SPECIALIST, "lich-su-2026.xlsx", file);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody())
        .containsEntry("imported", 6)
        .containsEntry("directivesCreated", 2)
        .containsEntry("completed", 2)
        .containsEntry("withdrawn", 1)
        .containsEntry("open", 3);
    // Each imported row names its directive as the register's filter takes it (the import page
    // links there).
    assertThat((List<Map<String, Object>>) answer.getBody().get("tasks"))
        .extracting(
            t -> t.get("row") + " " + t.get("directiveNumber") + " " + t.get("directiveIssuedOn"))
        .containsExactly(
            "2 " + committee + " 2026-01-05",
            "3 " + committee + " 2026-01-05",
            "4 " + committee + " 2026-01-05",
            "5 " + vice + " 2026-03-10",
            "6 " + vice + " 2026-03-10",
            "7 " + vice + " 2026-03-10");

    // Reports and queries count them like live tasks, at a reference date.
    assertThat(contents(committee, "COMPLETED_ON_TIME"))
        .containsExactly("Hoàn thành quy hoạch " + prefix);
    assertThat(contents(committee, "COMPLETED_LATE")).containsExactly("Rà soát kinh phí " + prefix);
    assertThat(contents(committee, "OPEN_OVERDUE")).containsExactly("Cải tạo vỉa hè " + prefix);
    assertThat(contents(vice, "OPEN_NO_DEADLINE")).containsExactly("Giải phóng mặt bằng " + prefix);
    assertThat(contents(vice, "OPEN_WITHIN_DEADLINE")).containsExactly("Lập đề án " + prefix);
    assertThat(contents(vice, "WITHDRAWN")).containsExactly("Khảo sát hiện trạng " + prefix);
    Map<String, Object> byIssuer =
        get("/api/tasks?issuer=" + TestPeople.VICE_CHAIRMAN + "&directive=" + vice);
    assertThat(byIssuer.get("total")).isEqualTo(3);

    Map<String, Object> completed = task(committee, "Hoàn thành quy hoạch");
    assertThat(completed)
        .containsEntry("status", "COMPLETED")
        .containsEntry("completedOn", "2026-01-20")
        // Saturday 31/01/2026 as written: due at the end of Monday 02/02 (Civil Code art. 148).
        .containsEntry("assignedOn", "2026-01-05")
        .containsEntry("currentDeadline", "2026-02-02")
        .containsEntry("deadlineAsWritten", "2026-01-31")
        .containsEntry("issuerName", "UBND tỉnh")
        .containsEntry("processInstanceId", null);
    Map<String, Object> history = get("/api/tasks/" + completed.get("registerNumber"));
    assertThat((List<Map<String, Object>>) history.get("statusChanges"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c)
                    .containsEntry("status", "COMPLETED")
                    .containsEntry("changedBy", TestPeople.OFFICE_SPECIALIST)
                    .containsEntry("note", "Nhập dữ liệu cũ từ lich-su-2026.xlsx, dòng 2"));
    assertThat(task(committee, "Rà soát kinh phí"))
        .containsEntry("assignedOn", "2026-01-06")
        .containsEntry("leadUnit", "STC")
        // Sunday 15/02/2026, in the Tết break, as written: due at the end of Monday 23/02, overdue
        // from then.
        .containsEntry("overdueSince", "2026-02-23T17:00:00Z");
    assertThat(task(vice, "Khảo sát"))
        .containsEntry("status", "WITHDRAWN")
        .containsEntry("withdrawnOn", "2026-03-15")
        .containsEntry("issuerName", "Phó Chủ tịch UBND tỉnh Kiểm Thử Phó Chủ Tịch");

    // Open with an officer: at the officer's work, the deadline watch waiting for the next
    // reminder.
    Map<String, Object> open = task(vice, "Lập đề án");
    assertThat(open)
        .containsEntry("status", "IN_PROGRESS")
        .containsEntry("officer", TestPeople.SXD_OFFICER);
    ProcessInstance instance = instance((String) open.get("registerNumber"));
    assertThat(instance.getId()).isEqualTo(open.get("processInstanceId"));
    assertThat(runtime.getActiveActivityIds(instance.getId()))
        .containsExactlyInAnyOrder("Task_CarryOutWork", "Timer_NextReminder");
    Job timer =
        management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    // Three working days before Tuesday 30/06/2026 is Thursday 25/06, 08:00 in Vietnam.
    assertThat(timer.getDuedate()).isEqualTo(vietnam(2026, 6, 25, 8));
    Task submit =
        tasks
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey("Task_CarryOutWork")
            .singleResult();
    assertThat(submit.getAssignee()).isEqualTo(TestPeople.SXD_OFFICER);
    assertThat(submit.getDueDate()).isEqualTo(new Date(vietnam(2026, 7, 1, 0).getTime() - 60_000));
    assertThat(submit.getFollowUpDate()).isEqualTo(timer.getDuedate());

    // Open and overdue: marked overdue as the watch would have, next reminder is the repeat on
    // 30/03.
    Map<String, Object> overdue = task(committee, "Cải tạo vỉa hè");
    assertThat(overdue).containsEntry("overdueSince", "2026-03-20T17:00:00Z");
    assertThat(
            management
                .createJobQuery()
                .processInstanceId(instance((String) overdue.get("registerNumber")).getId())
                .timers()
                .singleResult()
                .getDuedate())
        .isEqualTo(vietnam(2026, 3, 30, 8));

    // Open without an officer: the unit receives it and names one; no deadline, so no reminder.
    Map<String, Object> noDeadline = task(vice, "Giải phóng mặt bằng");
    assertThat(noDeadline).containsEntry("status", "WAITING_RECEIPT");
    ProcessInstance receiving = instance((String) noDeadline.get("registerNumber"));
    assertThat(runtime.getActiveActivityIds(receiving.getId())).containsExactly("Task_ReceiveTask");
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(receiving.getId())
                .taskCandidateGroup("CAOLOC")
                .count())
        .isEqualTo(1);
    assertThat(management.createJobQuery().processInstanceId(receiving.getId()).count()).isZero();
  }

  @Test
  void aFileWithBadRowsIsRefusedListingEveryErrorByRowAndFieldAndNothingIsImported() {
    String number = prefix + "/QĐ-UBND";
    long tasksBefore = jdbc.sql("select count(*) from assigned_task").query(Long.class).single();
    byte[] file =
        workbook(
            List.of(
                row(
                    number,
                    "05/01/2026",
                    "UBND tỉnh",
                    null,
                    "Nhiệm vụ đúng " + prefix,
                    "SXD",
                    null,
                    "31/01/2026",
                    null,
                    null,
                    null),
                row(
                    number,
                    "31/02/2026",
                    "UBND tỉnh",
                    null,
                    "Ngày không có thật",
                    "SXD",
                    null,
                    null,
                    null,
                    null,
                    null),
                row(
                    number,
                    "05/01/2026",
                    "UBND tỉnh",
                    null,
                    "Đơn vị lạ",
                    "KHONGCO",
                    null,
                    null,
                    null,
                    null,
                    null),
                row(
                    number,
                    "05/01/2026",
                    "UBND tỉnh",
                    null,
                    "Hoàn thành trước khi giao",
                    "SXD",
                    "10/01/2026",
                    null,
                    "08/01/2026",
                    null,
                    null),
                row(
                    number,
                    "05/01/2026",
                    "UBND tỉnh",
                    null,
                    "Hạn trước ngày giao",
                    "SXD",
                    null,
                    "2026-01-31",
                    null,
                    null,
                    null),
                row(
                    number,
                    "05/01/2026",
                    "Ông Ba",
                    null,
                    null,
                    "SXD",
                    null,
                    "04/01/2026",
                    null,
                    null,
                    null),
                row(
                    number,
                    "05/01/2026",
                    "UBND tỉnh",
                    null,
                    "Nhiệm vụ đúng " + prefix,
                    "SXD",
                    null,
                    "31/01/2026",
                    null,
                    null,
                    null),
                row(
                    null,
                    "05/01/2026",
                    "UBND tỉnh",
                    null,
                    "Thiếu số văn bản",
                    "SXD",
                    null,
                    null,
                    "01/05/2026",
                    null,
                    "không.có.ai")));

    ResponseEntity<Map> answer = upload(TestPeople.OFFICE_SPECIALIST, "loi.xlsx", file);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message"))
        .contains("lỗi")
        .contains("chưa nhập nhiệm vụ nào");
    List<String> errors =
        ((List<Map<String, Object>>) answer.getBody().get("problems"))
            .stream()
                .map(p -> p.get("row") + "|" + p.get("field") + "|" + p.get("column"))
                .toList();
    assertThat(errors)
        .containsExactlyInAnyOrder(
            "3|Ngày văn bản|B",
            "4|Đơn vị chủ trì|F",
            "5|Ngày hoàn thành|I",
            "6|Thời hạn|H",
            "7|Người/cơ quan giao|C",
            "7|Nội dung nhiệm vụ|E",
            "7|Thời hạn|H",
            "8|Nội dung nhiệm vụ|E",
            "9|Số văn bản|A",
            "9|Ngày hoàn thành|I",
            "9|Cán bộ thực hiện|K");
    List<String> messages =
        ((List<Map<String, Object>>) answer.getBody().get("problems"))
            .stream().map(p -> (String) p.get("message")).toList();
    assertThat(messages)
        .contains(
            "Dòng 3, cột «Ngày văn bản»: '31/02/2026' không phải ngày có thật dạng ngày/tháng/năm (ví dụ 25/11/2026).",
            "Dòng 5, cột «Ngày hoàn thành»: ngày hoàn thành 08/01/2026 trước ngày giao 10/01/2026.",
            "Dòng 8, cột «Nội dung nhiệm vụ»: trùng với dòng 2 (cùng văn bản, cùng đơn vị chủ trì, cùng nội dung).",
            "Dòng 9, cột «Ngày hoàn thành»: ngày 01/05/2026 sau ngày hôm nay (25/03/2026).");
    assertThat(
            jdbc.sql("select count(*) from directive where number = ?")
                .param(number)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(jdbc.sql("select count(*) from assigned_task").query(Long.class).single())
        .isEqualTo(tasksBefore);
  }

  @Test
  void aTaskAlreadyInTheRegisterIsRefusedAndANewOneJoinsItsDirective() {
    String number = prefix + "/TB-VPUBND";
    Object[] first =
        row(
            number,
            "02/02/2026",
            "Chủ tịch UBND tỉnh",
            null,
            "Báo cáo tình hình " + prefix,
            "STC",
            null,
            null,
            "10/02/2026",
            null,
            null);
    assertThat(
            upload(TestPeople.OFFICE_SPECIALIST, "dot1.xlsx", workbook(List.<Object[]>of(first)))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<Map> again =
        upload(
            TestPeople.OFFICE_SPECIALIST,
            "dot2.xlsx",
            workbook(
                List.of(
                    first,
                    row(
                        number,
                        "02/02/2026",
                        "Chủ tịch",
                        null,
                        "Báo cáo bổ sung " + prefix,
                        "STC",
                        null,
                        null,
                        null,
                        null,
                        null))));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) again.getBody().get("problems"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .containsEntry("row", 2)
                    .containsEntry("field", "Nội dung nhiệm vụ")
                    .containsEntry("column", "E"))
        .satisfies(p -> assertThat((String) p.get("message")).contains("đã có trong sổ"));

    ResponseEntity<Map> added =
        upload(
            TestPeople.OFFICE_SPECIALIST,
            "dot3.xlsx",
            workbook(
                List.<Object[]>of(
                    row(
                        number,
                        "02/02/2026",
                        "Chủ tịch",
                        null,
                        "Báo cáo bổ sung " + prefix,
                        "STC",
                        null,
                        null,
                        null,
                        null,
                        null))));
    assertThat(added.getBody())
        .containsEntry("directivesCreated", 0)
        .containsEntry("directivesReused", 1);
    assertThat(get("/api/tasks?directive=" + number).get("total")).isEqualTo(2);
  }

  @Test
  void theSameNumberInTwoYearsIsTwoDirectivesAndADeadlineOnADayOffIsDueTheNextWorkingDay() {
    ClockUtil.setCurrentTime(vietnam(2026, 9, 20, 9));
    String number = prefix + "/TB-UBND";
    String statistics =
        "/api/reports/statistics?from=2026-08-17&to=2026-08-17&at=2026-09-20&unit=STC";
    Map<String, Object> before = statisticsRow(statistics);

    ResponseEntity<Map> answer =
        upload(
            TestPeople.OFFICE_SPECIALIST,
            "lich-su.xlsx",
            workbook(
                List.of(
                    row(
                        "7/TB-UBND",
                        "09/01/2015",
                        "UBND tỉnh",
                        "Thông báo năm 2015",
                        "Tổng kết năm 2014 " + prefix,
                        "SXD",
                        null,
                        null,
                        "20/01/2015",
                        null,
                        null),
                    row(
                        "7/TB-UBND",
                        "08/01/2016",
                        "UBND tỉnh",
                        "Thông báo năm 2016",
                        "Tổng kết năm 2015 " + prefix,
                        "SXD",
                        null,
                        null,
                        "20/01/2016",
                        null,
                        null),
                    row(
                        number,
                        "17/08/2026",
                        "UBND tỉnh",
                        null,
                        "Báo cáo dịp Quốc khánh " + prefix,
                        "STC",
                        null,
                        "02/09/2026",
                        "03/09/2026",
                        null,
                        null),
                    row(
                        number,
                        "17/08/2026",
                        "UBND tỉnh",
                        null,
                        "Báo cáo nộp muộn " + prefix,
                        "STC",
                        null,
                        "02/09/2026",
                        "04/09/2026",
                        null,
                        null),
                    row(
                        number,
                        "17/08/2026",
                        "UBND tỉnh",
                        null,
                        "Báo cáo hạn Chủ nhật " + prefix,
                        "STC",
                        null,
                        "06/09/2026",
                        null,
                        null,
                        null))));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("directivesCreated", 3).containsEntry("imported", 5);
    List<Map<String, Object>> sevens =
        (List<Map<String, Object>>)
            get("/api/tasks?directive=7/TB-UBND&q=" + prefix + "&sort=assignedOn,asc").get("items");
    assertThat(sevens)
        .extracting(t -> t.get("directive"))
        .containsExactly("7/TB-UBND ngày 09/01/2015", "7/TB-UBND ngày 08/01/2016");
    assertThat(sevens).extracting(t -> t.get("directiveId")).doesNotHaveDuplicates();

    Map<String, Object> onTime = taskAt(number, "Báo cáo dịp Quốc khánh", "2026-09-20");
    assertThat(onTime)
        .containsEntry("currentDeadline", "2026-09-03")
        .containsEntry("deadlineAsWritten", "2026-09-02")
        .containsEntry("statusClass", "COMPLETED_ON_TIME")
        .containsEntry(
            "deadlineText",
            "hạn theo văn bản 02/09/2026, tính đến hết 03/09/2026 theo Điều 148 BLDS");
    assertThat(
            jdbc.sql(
                    "select count(*) from assigned_task where register_number = ? and overdue_since is null")
                .param(onTime.get("registerNumber"))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(taskAt(number, "Báo cáo nộp muộn", "2026-09-20"))
        .containsEntry("statusClass", "COMPLETED_LATE");
    Map<String, Object> sunday = taskAt(number, "Báo cáo hạn Chủ nhật", "2026-09-07");
    assertThat(sunday)
        .containsEntry("currentDeadline", "2026-09-07")
        .containsEntry("statusClass", "OPEN_WITHIN_DEADLINE");
    assertThat(
            runtime.getVariable(instance((String) sunday.get("registerNumber")).getId(), "dueDate"))
        .isEqualTo(
            Date.from(
                LocalDate.of(2026, 9, 8)
                    .atStartOfDay(ZoneOffset.ofHours(7))
                    .toInstant()
                    .minusSeconds(60)));

    Map<String, Object> after = statisticsRow(statistics);
    assertThat(count(after, "completedOnTime") - count(before, "completedOnTime")).isEqualTo(1);
    assertThat(count(after, "completedLate") - count(before, "completedLate")).isEqualTo(1);
  }

  @Test
  void theSameNumberAndYearWithAnotherDateIsRefusedNamingTheYear() {
    String number = prefix + "/TB-UBND";
    ResponseEntity<Map> answer =
        upload(
            TestPeople.OFFICE_SPECIALIST,
            "trung.xlsx",
            workbook(
                List.of(
                    row(
                        number,
                        "09/01/2025",
                        "UBND tỉnh",
                        null,
                        "Việc một " + prefix,
                        "SXD",
                        null,
                        null,
                        null,
                        null,
                        null),
                    row(
                        number,
                        "08/02/2025",
                        "UBND tỉnh",
                        null,
                        "Việc hai " + prefix,
                        "SXD",
                        null,
                        null,
                        null,
                        null,
                        null))));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) answer.getBody().get("problems"))
        .singleElement()
        .satisfies(p -> assertThat(p).containsEntry("row", 3).containsEntry("column", "B"))
        .satisfies(p -> assertThat((String) p.get("message")).contains("cùng năm 2025"));
  }

  @Test
  void aFileThatIsNoExcelWorkbookIsRefusedWithAClearMessage() {
    ResponseEntity<Map> text =
        upload(
            TestPeople.OFFICE_SPECIALIST, "nhiem-vu.xlsx", "Số văn bản;Ngày văn bản\n".getBytes());
    assertThat(text.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(text.getBody().get("message"))
        .isEqualTo("Tệp không phải bảng tính Excel (.xlsx). Hãy dùng tệp mẫu tải từ hệ thống.");

    byte[] broken = java.util.Arrays.copyOf(workbook(List.of()), 300);
    ResponseEntity<Map> truncated = upload(TestPeople.OFFICE_SPECIALIST, "hong.xlsx", broken);
    assertThat(truncated.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) truncated.getBody().get("message")).contains("bị hỏng");

    ResponseEntity<Map> noHeader =
        upload(
            TestPeople.OFFICE_SPECIALIST,
            "khac.xlsx",
            workbook(List.of("STT", "Nội dung"), List.<Object[]>of(row("1", "Việc gì đó"))));
    assertThat(noHeader.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            ((List<Map<String, Object>>) noHeader.getBody().get("problems"))
                .stream().map(p -> p.get("field")))
        .containsExactlyInAnyOrder(
            "Số văn bản", "Ngày văn bản", "Người/cơ quan giao", "Đơn vị chủ trì");
  }

  @Test
  void onlyTheOfficeAndAdministratorsImport() {
    ResponseEntity<Map> answer =
        upload(
            TestPeople.SXD_OFFICER,
            "a.xlsx",
            workbook(
                List.<Object[]>of(
                    row(
                        prefix + "/X",
                        "05/01/2026",
                        "UBND tỉnh",
                        null,
                        "Việc",
                        "SXD",
                        null,
                        null,
                        null,
                        null,
                        null))));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theTemplateHasTheHeadersAndItsSampleRowImports() throws IOException {
    ResponseEntity<byte[]> template =
        rest.withBasicAuth(TestPeople.SXD_OFFICER, TestPeople.PASSWORD)
            .getForEntity("/api/imports/tasks/template.xlsx", byte[].class);
    assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(template.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("mau-nhap-nhiem-vu.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
      Row header = workbook.getSheetAt(0).getRow(0);
      List<String> headers = new ArrayList<>();
      header.forEach(c -> headers.add(c.getStringCellValue().replace(" *", "")));
      assertThat(headers).isEqualTo(ImportSheets.HEADERS);
      assertThat(workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
    }
    ResponseEntity<Map> sample =
        upload(TestPeople.ADMIN, "mau-nhap-nhiem-vu.xlsx", template.getBody());
    assertThat(sample.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(sample.getBody()).containsEntry("imported", 1).containsEntry("completed", 1);
  }

  @Test
  void anUploadWithoutAFileIsRefusedInVietnamese() {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("note", "không kèm tệp");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<Map> answer =
        rest.withBasicAuth(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD)
            .postForEntity("/api/imports/tasks", new HttpEntity<>(body, headers), Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message")).startsWith("Chưa chọn tệp để tải lên");
  }

  @Test
  void aFileAboveTheRowLimitIsRefusedOverHttpBeforeItIsReadInFullAndNothingIsImported()
      throws IOException {
    // Written with POI's streaming writer: the rows above the limit are what a person would send.
    String number = prefix + "/QUA-UBND";
    byte[] file;
    try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook =
            new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Nhiệm vụ");
      Row header = sheet.createRow(0);
      for (int i = 0; i < ImportSheets.HEADERS.size(); i++) {
        header.createCell(i).setCellValue(ImportSheets.HEADERS.get(i));
      }
      for (int r = 1; r <= TaskWorkbook.MAX_ROWS + 500; r++) {
        Row row = sheet.createRow(r);
        Object[] values = {number, "05/01/2026", "UBND tỉnh", null, "Việc " + r, "SXD"};
        for (int i = 0; i < values.length; i++) {
          if (values[i] != null) {
            row.createCell(i).setCellValue((String) values[i]);
          }
        }
      }
      workbook.write(out);
      workbook.dispose();
      file = out.toByteArray();
    }

    long started = System.nanoTime();
    ResponseEntity<Map> answer = upload(TestPeople.OFFICE_SPECIALIST, "qua-nhieu-dong.xlsx", file);
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message"))
        .startsWith("Dòng 20002: tệp có quá 20000 dòng nhiệm vụ")
        .endsWith("Chưa nhập nhiệm vụ nào.");
    assertThat((List<Map<String, Object>>) answer.getBody().get("problems"))
        .singleElement()
        .satisfies(p -> assertThat(p).containsEntry("row", 20002).containsEntry("field", "Tệp"));
    assertThat(get("/api/tasks?directive=" + number).get("total")).isEqualTo(0);
    System.out.printf(
        "Import refused %d KB, %d rows above the limit, in %d ms%n",
        file.length / 1024, 500, millis);
  }

  private ResponseEntity<Map> upload(String user, String fileName, byte[] content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add(
        "file",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, TestPeople.PASSWORD)
        .postForEntity("/api/imports/tasks", new HttpEntity<>(body, headers), Map.class);
  }

  private Map<String, Object> get(String path) {
    ResponseEntity<Map> answer =
        rest.withBasicAuth(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD)
            .getForEntity(path, Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private List<String> contents(String directive, String statusClass) {
    Map<String, Object> page =
        get("/api/tasks?directive=" + directive + "&statusClass=" + statusClass + "&at=" + TODAY);
    return ((List<Map<String, Object>>) page.get("items"))
        .stream().map(t -> (String) t.get("content")).toList();
  }

  private Map<String, Object> task(String directive, String contentStart) {
    Map<String, Object> page = get("/api/tasks?directive=" + directive + "&at=" + TODAY);
    return ((List<Map<String, Object>>) page.get("items"))
        .stream()
            .filter(t -> ((String) t.get("content")).startsWith(contentStart))
            .findFirst()
            .orElseThrow();
  }

  private Map<String, Object> taskAt(String directive, String contentStart, String at) {
    Map<String, Object> page = get("/api/tasks?directive=" + directive + "&at=" + at);
    return ((List<Map<String, Object>>) page.get("items"))
        .stream()
            .filter(t -> ((String) t.get("content")).startsWith(contentStart))
            .findFirst()
            .orElseThrow();
  }

  private Map<String, Object> statisticsRow(String path) {
    return ((List<Map<String, Object>>) get(path).get("rows"))
        .stream().filter(r -> "STC".equals(r.get("key"))).findFirst().orElse(Map.of());
  }

  private static long count(Map<String, Object> row, String figure) {
    return row.get(figure) == null ? 0 : ((Number) row.get(figure)).longValue();
  }

  private ProcessInstance instance(String registerNumber) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(registerNumber)
        .singleResult();
  }

  private static Date vietnam(int year, int month, int day, int hour) {
    return Date.from(
        LocalDate.of(year, month, day).atTime(hour, 0).atZone(ZoneOffset.ofHours(7)).toInstant());
  }
}
