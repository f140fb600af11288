package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * Documents are read by exactly those who may read the task or directive they belong to, and
 * attached only by the person who uploaded them (issue 12, M2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentAccessIT {

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  private ApiClient api;
  private RegisterFixtures register;

  @BeforeEach
  void setUp() {
    TestPeople.ensure(directory);
    api = new ApiClient(port);
    register = new RegisterFixtures(api, runtime, tasks, management);
  }

  @Test
  void aUnitsReportIsServedToTheUnitAndTheOfficeAndNotFoundForAnotherUnit() {
    String registerNumber = register.register("SXD", null);
    register.accept(registerNumber, TestPeople.SXD_OFFICER);
    long report =
        register.upload(
            TestPeople.SXD_OFFICER,
            "bao-cao-ket-qua.pdf",
            "application/pdf",
            "%PDF-1.4 báo cáo của Sở Xây dựng");
    ApiClient.Answer submitted =
        api.json(
            TestPeople.SXD_OFFICER,
            "POST",
            "/api/tasks/" + registerNumber + "/result",
            "{\"resultText\":\"Đã hoàn thành\",\"documentId\":" + report + "}");
    assertThat(submitted.status()).as(submitted.abbreviated()).isEqualTo(204);

    ApiClient.Answer byAnotherUnit = api.get(TestPeople.CAOLOC_OFFICER, "/api/documents/" + report);
    assertThat(byAnotherUnit.status()).isEqualTo(404);
    ApiClient.Answer missing =
        api.get(TestPeople.CAOLOC_OFFICER, "/api/documents/" + (report + 100_000));
    assertThat(missing.status()).isEqualTo(404);
    // Refused exactly as a document that does not exist: nothing tells the other unit it is there.
    assertThat(byAnotherUnit.json().get("message"))
        .asString()
        .isEqualTo(
            missing
                .json()
                .get("message")
                .toString()
                .replace(String.valueOf(report + 100_000), String.valueOf(report)))
        .contains("không được xem");

    for (String reader :
        new String[] {
          TestPeople.SXD_LEADER,
          TestPeople.OFFICE_SPECIALIST,
          TestPeople.VICE_CHAIRMAN,
          TestPeople.ADMIN
        }) {
      ApiClient.Answer served = api.get(reader, "/api/documents/" + report);
      assertThat(served.status()).as(reader).isEqualTo(200);
      assertThat(served.text()).contains("báo cáo của Sở Xây dựng");
    }
  }

  @Test
  void aDirectivesTextIsServedToTheUnitsItAssignsAndNotToOthers() {
    long text =
        register.upload(
            TestPeople.OFFICE_SPECIALIST,
            "quyet-dinh.pdf",
            "application/pdf",
            "%PDF-1.4 văn bản chỉ đạo");
    register.register("SXD", text);

    assertThat(api.get(TestPeople.SXD_OFFICER, "/api/documents/" + text).status()).isEqualTo(200);
    assertThat(api.get(TestPeople.CAOLOC_OFFICER, "/api/documents/" + text).status())
        .isEqualTo(404);
    assertThat(api.get(TestPeople.STC_OFFICER, "/api/documents/" + text).status()).isEqualTo(404);
  }

  @Test
  void anUploadNotYetAttachedIsServedOnlyToWhoeverUploadedIt() {
    long draft = register.upload(TestPeople.SXD_OFFICER, "du-thao.docx", null, "bản nháp");

    assertThat(api.get(TestPeople.SXD_OFFICER, "/api/documents/" + draft).status()).isEqualTo(200);
    assertThat(api.get(TestPeople.SXD_LEADER, "/api/documents/" + draft).status()).isEqualTo(404);
    assertThat(api.get(TestPeople.CAOLOC_OFFICER, "/api/documents/" + draft).status())
        .isEqualTo(404);
  }

  @Test
  void onlyOnesOwnUploadOrTheTasksOwnDocumentIsAttached() {
    long others =
        register.upload(
            TestPeople.SXD_OFFICER,
            "bao-cao-so-xay-dung.pdf",
            "application/pdf",
            "%PDF-1.4 của Sở Xây dựng");

    // The Office cannot put a unit's file under its directive...
    long directivesBefore = count("directive");
    ApiClient.Answer directive =
        api.json(
            TestPeople.OFFICE_SPECIALIST,
            "POST",
            "/api/directives",
            """
        {"number":"%s","issuedOn":"2026-11-02","issuerKind":"COMMITTEE","excerpt":"Trích yếu","documentId":%d,
         "tasks":[{"content":"Nội dung","leadUnit":"CAOLOC"}]}"""
                .formatted(RegisterFixtures.directiveNumber(), others));
    assertThat(directive.status()).isEqualTo(400);
    assertThat(directive.fields()).containsExactly("documentId");
    assertThat(directive.json().get("message"))
        .asString()
        .contains("chỉ đính kèm được tệp chính mình đã tải lên");
    assertThat(count("directive")).isEqualTo(directivesBefore);

    // ...nor another unit's officer under their own result.
    String caoLoc = register.register("CAOLOC", null);
    register.accept(caoLoc, TestPeople.CAOLOC_OFFICER);
    ApiClient.Answer result =
        api.json(
            TestPeople.CAOLOC_OFFICER,
            "POST",
            "/api/tasks/" + caoLoc + "/result",
            "{\"resultText\":\"Đã xong\",\"documentId\":" + others + "}");
    assertThat(result.status()).isEqualTo(400);
    assertThat(result.fields()).containsExactly("documentId");
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(register.instance(caoLoc))
                .taskDefinitionKey("Task_CarryOutWork")
                .count())
        .isEqualTo(1);
    assertThat(api.get(TestPeople.CAOLOC_OFFICER, "/api/documents/" + others).status())
        .isEqualTo(404);

    // The directive's own text belongs to the task: its officer may attach it to the result.
    long text =
        register.upload(
            TestPeople.OFFICE_SPECIALIST,
            "van-ban-giao.pdf",
            "application/pdf",
            "%PDF-1.4 văn bản giao");
    String sxd = register.register("SXD", text);
    register.accept(sxd, TestPeople.SXD_OFFICER);
    assertThat(
            api.json(
                    TestPeople.SXD_OFFICER,
                    "POST",
                    "/api/tasks/" + sxd + "/result",
                    "{\"resultText\":\"Đã xong theo văn bản\",\"documentId\":" + text + "}")
                .status())
        .isEqualTo(204);
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
