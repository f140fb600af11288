package vn.gov.tasktracking.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * Statistics and Excel exports through REST, on the application's own register (H2, and PostgreSQL
 * in its pass).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsApiIT {

  private static boolean seeded;

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired JdbcClient jdbc;
  @Autowired ManagementService management;

  @BeforeEach
  void seeds() {
    TestPeople.ensure(directory);
    if (!seeded) {
      // Only these tests register tasks in 2016–2017 for SXD and in 2020 for Cao Lộc; left-overs of
      // an earlier run go first.
      String mine =
          "select id from assigned_task where (lead_unit_code = 'SXD' and assigned_on between '2016-12-31' and '2017-12-31')"
              + " or (lead_unit_code = 'CAOLOC' and assigned_on between '2020-01-01' and '2020-12-31')";
      jdbc.sql("delete from task_progress where task_id in (" + mine + ")").update();
      jdbc.sql("delete from assigned_task where id in (" + mine + ")").update();
      TestRegister register = new TestRegister(jdbc);
      Seeds.sxd2017(register);
      Seeds.caoLocFirstHalf2020(register);
      seeded = true;
    }
  }

  @Test
  void sxdStatisticsFollowTheContract() {
    ResponseEntity<Map> answer =
        get("/api/reports/statistics?from=2017-01-01&to=2017-10-15&at=2017-10-15&unit=SXD");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> body = answer.getBody();
    assertThat(body)
        .containsEntry("from", "2017-01-01")
        .containsEntry("to", "2017-10-15")
        .containsEntry("at", "2017-10-15")
        .containsEntry("groupBy", "UNIT");
    List<Map<String, Object>> rows = (List<Map<String, Object>>) body.get("rows");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0))
        .containsEntry("key", "SXD")
        .containsEntry("name", "Sở Xây dựng")
        .containsEntry("assigned", 134)
        .containsEntry("completedOnTime", 106)
        .containsEntry("completedBeforeDeadline", 90)
        .containsEntry("completedLate", 21)
        .containsEntry("completedNoDeadline", 0)
        .containsEntry("openWithinDeadline", 7)
        .containsEntry("dueSoon", 2)
        .containsEntry("openOverdue", 0)
        .containsEntry("openNoDeadline", 0)
        .containsEntry("withdrawn", 0)
        .containsEntry("extended", 3)
        .containsEntry("completionRate", 94.8)
        .containsEntry("onTimeRate", 83.5)
        .containsEntry("overdueShare", 15.7)
        .containsEntry("updateRate", 100.0)
        .containsEntry("score", 91.7)
        .containsEntry("band", "XUAT_SAC")
        .containsEntry("bandLabel", "Xuất sắc")
        .containsEntry("rank", 1);
    Map<String, Object> total = (Map<String, Object>) body.get("total");
    assertThat(total)
        .containsEntry("key", "TOTAL")
        .containsEntry("assigned", 134)
        .doesNotContainKey("rank");
  }

  @Test
  void caoLocFirstHalfOf2020IsOneParameterAway() {
    Map<String, Object> body =
        get("/api/reports/statistics?period=HALF_YEAR&year=2020&number=1&at=2020-06-30&unit=CAOLOC")
            .getBody();

    assertThat(body).containsEntry("from", "2020-01-01").containsEntry("to", "2020-06-30");
    Map<String, Object> caoLoc = ((List<Map<String, Object>>) body.get("rows")).get(0);
    assertThat(caoLoc)
        .containsEntry("key", "CAOLOC")
        .containsEntry("assigned", 13)
        .containsEntry("completedBeforeDeadline", 4)
        .containsEntry("completedOnTime", 4)
        .containsEntry("completedLate", 5)
        .containsEntry("openWithinDeadline", 4);
  }

  @Test
  void badInputIsRefusedWithAVietnameseMessage() {
    assertRefused(
        "/api/reports/statistics?from=2017-10-15&to=2017-01-01",
        "to",
        "Ngày cuối kỳ (to) 01/01/2017 không được trước ngày đầu kỳ (from) 15/10/2017.");
    assertRefused(
        "/api/reports/statistics?period=MONTH&year=2017&number=13",
        "number",
        "Tháng (number) phải từ 1 đến 12.");
    assertRefused(
        "/api/reports/statistics?unit=KHONGCO&period=YEAR&year=2017",
        "unit",
        "Không có đơn vị mã 'KHONGCO' trong danh mục đơn vị.");
    assertRefused(
        "/api/reports/statistics?from=2017-01-01&to=15/10/2017",
        "to",
        "Ngày cuối kỳ (to) '15/10/2017' không hợp lệ; ghi theo dạng YYYY-MM-DD, ví dụ 2017-10-15.");
    assertRefused(
        "/api/reports/statistics.xlsx?period=QUARTER&year=2017&number=5",
        "number",
        "Quý (number) phải từ 1 đến 4.");
  }

  @Test
  void statisticsExcelHoldsTheTableFormattedToPrint() throws IOException {
    ResponseEntity<byte[]> answer =
        rest.withBasicAuth(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD)
            .getForEntity(
                "/api/reports/statistics.xlsx?from=2017-01-01&to=2017-10-15&at=2017-10-15&unit=SXD",
                byte[].class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType().toString())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(answer.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("thong-ke-nhiem-vu-2017-01-01-2017-10-15.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(text(sheet, 0, 0))
          .isEqualTo("THỐNG KÊ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ DO UBND TỈNH GIAO THEO ĐƠN VỊ");
      assertThat(text(sheet, 1, 0))
          .contains("Từ ngày 01/01/2017 đến ngày 15/10/2017")
          .contains("số liệu tính đến ngày 15/10/2017");
      Row header = sheet.getRow(3);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("STT");
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
      assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Tổng số nhiệm vụ");
      assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Hoàn thành đúng hạn");
      assertThat(header.getCell(18).getStringCellValue()).isEqualTo("Xếp loại");
      Row sxd = sheet.getRow(4);
      assertThat(sxd.getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(sxd.getCell(1).getStringCellValue()).isEqualTo("Sở Xây dựng");
      assertThat(sxd.getCell(2).getNumericCellValue()).isEqualTo(134);
      assertThat(sxd.getCell(3).getNumericCellValue()).isEqualTo(106);
      assertThat(sxd.getCell(4).getNumericCellValue()).isEqualTo(90);
      assertThat(sxd.getCell(5).getNumericCellValue()).isEqualTo(21);
      assertThat(sxd.getCell(7).getNumericCellValue()).isEqualTo(7);
      assertThat(sxd.getCell(13).getNumericCellValue()).isEqualTo(94.8);
      assertThat(sxd.getCell(13).getCellStyle().getDataFormatString()).isEqualTo("0.0");
      assertThat(sxd.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(sxd.getCell(17).getNumericCellValue()).isEqualTo(91.7);
      assertThat(sxd.getCell(18).getStringCellValue()).isEqualTo("Xuất sắc");
      assertThat(sxd.getCell(19).getNumericCellValue()).isEqualTo(1);
      assertThat(sxd.getCell(2).getCellStyle().getBorderBottom())
          .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      Row total = sheet.getRow(5);
      assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
      assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(134);
      assertPrintable(sheet);
    }
  }

  @Test
  void taskListExcelHoldsWhatTheRegisterQueryFinds() throws IOException {
    ResponseEntity<byte[]> answer =
        rest.withBasicAuth(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD)
            .getForEntity(
                "/api/tasks.xlsx?unit=CAOLOC&assignedFrom=2020-01-01&assignedTo=2020-06-30&statusClass=OPEN_WITHIN_DEADLINE"
                    + "&at=2020-06-30&sort=assignedOn,asc",
                byte[].class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> page =
        get("/api/tasks?unit=CAOLOC&assignedFrom=2020-01-01&assignedTo=2020-06-30"
                + "&statusClass=OPEN_WITHIN_DEADLINE&at=2020-06-30&sort=assignedOn,asc")
            .getBody();
    List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
    assertThat(items).hasSize(4);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(text(sheet, 0, 0)).isEqualTo("DANH SÁCH NHIỆM VỤ DO UBND TỈNH GIAO");
      assertThat(text(sheet, 1, 0))
          .contains("Tình trạng tính đến ngày 30/06/2020")
          .contains("đơn vị chủ trì CAOLOC")
          .contains("đang thực hiện trong hạn")
          .contains("4 nhiệm vụ");
      assertThat(text(sheet, 3, 1)).isEqualTo("Số vào sổ");
      assertThat(text(sheet, 3, 5)).isEqualTo("Nội dung nhiệm vụ");
      assertThat(text(sheet, 3, 10)).isEqualTo("Hạn xử lý hiện tại");
      for (int i = 0; i < 4; i++) {
        Row row = sheet.getRow(4 + i);
        assertThat(row.getCell(1).getStringCellValue())
            .isEqualTo(items.get(i).get("registerNumber"));
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo("UBND huyện Cao Lộc");
        assertThat(row.getCell(8).getLocalDateTimeCellValue().toLocalDate())
            .isEqualTo(LocalDate.parse((String) items.get(i).get("assignedOn")));
        assertThat(row.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(row.getCell(10).getLocalDateTimeCellValue().toLocalDate())
            .isEqualTo(LocalDate.of(2020, 7, 15));
        assertThat(row.getCell(12).getStringCellValue()).isEqualTo("Đang thực hiện trong hạn");
      }
      assertThat(sheet.getRow(8) == null).isTrue();
      assertPrintable(sheet);
    }
  }

  @Test
  void taskListExcelRefusesTheSameBadFiltersAsTheRegister() {
    assertRefused(
        "/api/tasks.xlsx?assignedFrom=2020-06-30&assignedTo=2020-01-01",
        "assignedTo",
        "Ngày cuối kỳ (assignedTo) không được trước ngày đầu kỳ (assignedFrom).");
  }

  private static void assertPrintable(XSSFSheet sheet) {
    PrintSetup print = sheet.getPrintSetup();
    assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
    assertThat(print.getLandscape()).isTrue();
    assertThat(print.getFitWidth()).isEqualTo((short) 1);
    assertThat(print.getFitHeight()).isEqualTo((short) 0);
    assertThat(sheet.getFitToPage()).isTrue();
    assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
    assertThat(sheet.getColumnWidth(1)).isGreaterThan(10 * 256);
  }

  private static String text(Sheet sheet, int row, int column) {
    return sheet.getRow(row).getCell(column).getStringCellValue();
  }

  private void assertRefused(String path, String field, String message) {
    ResponseEntity<Map> answer = get(path);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("message")).isEqualTo(message);
    assertThat((List<Map<String, Object>>) answer.getBody().get("problems"))
        .extracting(p -> p.get("field"))
        .contains(field);
  }

  private ResponseEntity<Map> get(String path) {
    return rest.withBasicAuth(TestPeople.OFFICE_SPECIALIST, TestPeople.PASSWORD)
        .getForEntity(path, Map.class);
  }
}
