package vn.gov.tasktracking.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
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
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * An inspection from plan to conclusion notice through the product's REST API, with who may do
 * what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionApiIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    InspectionPeople.ensure(directory);
    ClockUtil.setCurrentTime(
        Date.from(LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZoneOffset.ofHours(7)).toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void planReportFindingsConclusionAndNoticeThroughRest() throws Exception {
    RegisterRows rows = new RegisterRows(jdbc, LocalDate.of(2024, 1, 2));
    long late =
        rows.task(
            "SXD",
            LocalDate.of(2024, 2, 1),
            LocalDate.of(2024, 3, 1),
            LocalDate.of(2024, 3, 15),
            null);
    rows.task(
        "SXD", LocalDate.of(2024, 2, 5), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 20), null);

    ResponseEntity<Map> planned =
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/inspections",
            plan("SXD", "2024-01-01", "2024-06-30"));
    assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) planned.getBody().get("id")).longValue();
    assertThat(planned.getBody())
        .containsEntry("status", "PLANNED")
        .containsEntry("reportDueOn", "2026-03-11");
    String instance =
        jdbc.sql("select process_instance_id from inspection where id = ?")
            .param(id)
            .query(String.class)
            .single();
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("planDecision", "APPROVE"));

    // who sees it
    assertThat(get(TestPeople.SXD_OFFICER, "/api/inspections/" + id).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get(InspectionPeople.MEMBER_2, "/api/inspections/" + id).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get(TestPeople.CAOLOC_OFFICER, "/api/inspections/" + id).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(list(TestPeople.CAOLOC_OFFICER, "/api/inspections?unit=SXD")).isEmpty();
    assertThat(
            list(
                TestPeople.OFFICE_SPECIALIST,
                "/api/inspections?unit=SXD&from=2024-01-01&to=2024-12-31"))
        .extracting(m -> ((Number) m.get("id")).longValue())
        .contains(id);
    assertThat(
            list(
                TestPeople.OFFICE_SPECIALIST,
                "/api/inspections?unit=SXD&from=2025-01-01&to=2025-12-31"))
        .extracting(m -> ((Number) m.get("id")).longValue())
        .doesNotContain(id);

    Map<String, Object> figures =
        (Map<String, Object>)
            get(TestPeople.SXD_OFFICER, "/api/inspections/" + id).getBody().get("figures");
    assertThat((Map<String, Object>) figures.get("counts"))
        .containsEntry("total", 2)
        .containsEntry("completedLate", 1)
        .containsEntry("completedOnTime", 1)
        .containsEntry("completedBeforeDeadline", 1);
    String lateNumber = rows.registerNumber(late);

    // the unit's report: every late task explained, or refused
    String report =
        """
        {"explanations": [%s], "keyResults": "Hoàn thành quy hoạch chung", "difficulties": "Thiếu nhân lực",
         "causes": "Biên chế giảm", "petitions": ["Bổ sung biên chế", "Hỗ trợ kinh phí"]}""";
    assertRefused(
        post(TestPeople.SXD_LEADER, "/api/inspections/" + id + "/report", report.formatted("")),
        "Cần giải trình nhiệm vụ chậm, quá hạn " + lateNumber);
    assertThat(
            post(
                    TestPeople.CAOLOC_OFFICER,
                    "/api/inspections/" + id + "/report",
                    report.formatted(
                        "{\"registerNumber\": \""
                            + lateNumber
                            + "\", \"explanation\": \"Chờ thẩm định\"}"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> reported =
        post(
            TestPeople.SXD_LEADER,
            "/api/inspections/" + id + "/report",
            report.formatted(
                "{\"registerNumber\": \""
                    + lateNumber
                    + "\", \"explanation\": \"Chờ thẩm định\"}"));
    assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Map<String, Object>) reported.getBody().get("report"))
        .containsEntry("status", "ON_TIME")
        .containsEntry("submittedBy", TestPeople.SXD_LEADER);

    fireTimer(instance);

    // findings, several per member, over several calls
    assertThat(
            post(
                    InspectionPeople.MEMBER_1,
                    "/api/inspections/" + id + "/findings",
                    "{\"findings\": [\"Tờ trình chất lượng chưa cao\", \"Chậm tham mưu\"]}")
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    post(
        InspectionPeople.MEMBER_1,
        "/api/inspections/" + id + "/findings",
        "{\"findings\": [\"Chưa cập nhật tiến độ\"], \"done\": true}");
    post(
        InspectionPeople.MEMBER_2,
        "/api/inspections/" + id + "/findings",
        "{\"findings\": [\"Thiếu kế hoạch khắc phục\"], \"done\": true}");
    assertThat(
            post(
                    TestPeople.SXD_LEADER,
                    "/api/inspections/" + id + "/findings",
                    "{\"findings\": [\"Tự nhận\"]}")
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            post(
                    InspectionPeople.MEMBER_1,
                    "/api/inspections/" + id + "/conclusion",
                    conclusion("2026-04-30"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertRefused(
        post(
            InspectionPeople.LEADER,
            "/api/inspections/" + id + "/conclusion",
            conclusion("2026-04-30")),
        "Chưa đến bước ban hành kết luận");
    post(InspectionPeople.LEADER, "/api/inspections/" + id + "/findings", "{\"done\": true}");

    // the conclusion: refused without requirements, without assessment, or with a past deadline;
    // then issued
    assertRefused(
        post(
            InspectionPeople.LEADER,
            "/api/inspections/" + id + "/conclusion",
            "{\"assessment\": \"Đạt yêu cầu\", \"requirements\": []}"),
        "Kết luận cần có ít nhất một yêu cầu đối với đơn vị.");
    assertRefused(
        post(
            InspectionPeople.LEADER,
            "/api/inspections/" + id + "/conclusion",
            "{\"requirements\": [{\"content\": \"Rà soát\", \"deadline\": \"2026-04-30\"}]}"),
        "Kết luận cần có phần đánh giá.");
    assertRefused(
        post(
            InspectionPeople.LEADER,
            "/api/inspections/" + id + "/conclusion",
            conclusion("2026-02-27")),
        "Yêu cầu thứ 1: thời hạn 27/02/2026 đã qua.");
    assertRefused(
        post(
            InspectionPeople.LEADER,
            "/api/inspections/" + id + "/conclusion",
            "{\"assessment\": \"Đạt\", \"requirements\": [{\"content\": \" \", \"deadline\": \"2026-04-30\"}]}"),
        "Yêu cầu thứ 1: thiếu nội dung.");
    assertThat(
            jdbc.sql("select count(*) from directive where number = ?")
                .param(id + "/TB-TCT")
                .query(Long.class)
                .single())
        .isZero();

    ResponseEntity<Map> concluded =
        post(
            InspectionPeople.LEADER,
            "/api/inspections/" + id + "/conclusion",
            conclusion("2026-04-30"));
    assertThat(concluded.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> requirementTasks = (List<String>) concluded.getBody().get("requirementTasks");
    assertThat(requirementTasks).hasSize(2);
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(instance).list())
        .extracting(p -> p.getBusinessKey())
        .containsExactlyInAnyOrderElementsOf(requirementTasks);

    Map<String, Object> view = get(TestPeople.SXD_OFFICER, "/api/inspections/" + id).getBody();
    assertThat(view).containsEntry("status", "CONCLUDED");
    assertThat((List<Map<String, Object>>) view.get("findings")).hasSize(4);
    assertThat((List<Map<String, Object>>) view.get("petitions"))
        .extracting(p -> p.get("content"))
        .containsExactly("Bổ sung biên chế", "Hỗ trợ kinh phí");
    Map<String, Object> conclusion = (Map<String, Object>) view.get("conclusion");
    assertThat(conclusion)
        .containsEntry("number", id + "/TB-TCT")
        .containsEntry("requirementsDone", 0);
    assertThat(get(TestPeople.SXD_OFFICER, "/api/tasks/" + requirementTasks.get(0)).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<byte[]> docx =
        rest.withBasicAuth(TestPeople.SXD_OFFICER, TestPeople.PASSWORD)
            .getForEntity("/api/inspections/" + id + "/conclusion.docx", byte[].class);
    assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docx.getHeaders().getContentType().toString()).contains("wordprocessingml");
    // Kept for a person to open: target/documents/thong-bao-ket-luan.docx
    Path saved = Path.of("target", "documents", "thong-bao-ket-luan.docx");
    Files.createDirectories(saved.getParent());
    Files.write(saved, docx.getBody());
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = extractor.getText();
      assertThat(text)
          .contains(
              "UBND TỈNH LẠNG SƠN",
              "VĂN PHÒNG",
              "Số: " + id + "/TB-TCT",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Lạng Sơn, ngày 16 tháng 03 năm 2026",
              "THÔNG BÁO",
              "Sở Xây dựng",
              "kỷ cương hành chính. Kỳ kiểm tra: từ ngày 01/01/2024 đến ngày 30/06/2024",
              "Tổng số nhiệm vụ được giao",
              "Hoàn thành quá hạn",
              lateNumber,
              "Giải trình: Chờ thẩm định",
              "Đa số nhiệm vụ hoàn thành đúng hạn",
              "1. Rà soát các nhiệm vụ quá hạn. Thời hạn: 30/04/2026",
              "2. Nâng cao chất lượng tờ trình. Thời hạn: 30/06/2026",
              "1. Bổ sung biên chế",
              "Tổ Trưởng Kiểm Thử");
    }
  }

  @Test
  void badPlansAreRefusedInVietnameseAndNothingIsStored() {
    long before = jdbc.sql("select count(*) from inspection").query(Long.class).single();
    assertRefused(
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/inspections",
            plan("SXD", "2024-06-30", "2024-01-01")),
        "Kỳ kiểm tra kết thúc (01/01/2024) trước khi bắt đầu (30/06/2024).");
    assertRefused(
        post(
            TestPeople.OFFICE_SPECIALIST,
            "/api/inspections",
            plan("KHONGCO", "2024-01-01", "2024-06-30")),
        "Đơn vị 'KHONGCO' không có trong danh mục đơn vị.");
    assertThat(
            post(TestPeople.SXD_LEADER, "/api/inspections", plan("SXD", "2024-01-01", "2024-06-30"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertRefused(
        get(TestPeople.OFFICE_SPECIALIST, "/api/inspections?from=2024-06-30&to=2024-01-01"),
        "trước khi bắt đầu");
    assertThat(jdbc.sql("select count(*) from inspection").query(Long.class).single())
        .isEqualTo(before);
  }

  private static String plan(String unit, String from, String to) {
    return """
        {"unit": "%s", "periodFrom": "%s", "periodTo": "%s", "visitDate": "2026-03-16", "leader": "%s",
         "members": ["%s", "%s"], "content": "Tình hình thực hiện nhiệm vụ; kỷ luật, kỷ cương hành chính"}"""
        .formatted(
            unit,
            from,
            to,
            InspectionPeople.LEADER,
            InspectionPeople.MEMBER_1,
            InspectionPeople.MEMBER_2);
  }

  private static String conclusion(String firstDeadline) {
    return """
        {"assessment": "Đa số nhiệm vụ hoàn thành đúng hạn; còn chậm ở khâu thẩm định.",
         "requirements": [{"content": "Rà soát các nhiệm vụ quá hạn", "deadline": "%s"},
                          {"content": "Nâng cao chất lượng tờ trình", "deadline": "2026-06-30"}]}"""
        .formatted(firstDeadline);
  }

  private void fireTimer(String instance) {
    Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
  }

  private static void assertRefused(ResponseEntity<Map> answer, String message) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("message")).asString().contains(message);
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

  private List<Map<String, Object>> list(String user, String path) {
    return rest.withBasicAuth(user, TestPeople.PASSWORD).getForEntity(path, List.class).getBody();
  }
}
