package vn.gov.tasktracking.reporting.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.RegisterQuery;
import vn.gov.tasktracking.assignment.TaskPage;
import vn.gov.tasktracking.assignment.TaskView;
import vn.gov.tasktracking.reporting.ReportService;
import vn.gov.tasktracking.system.EngineClock;
import vn.gov.tasktracking.system.InvalidInputException;

/** Statistics and Excel exports over REST (contract: docs/statistics-api.md). */
@RestController
@RequestMapping("/api")
@Tag(name = "Báo cáo, thống kê")
class ReportController {

  /** The most rows a task list export holds; a larger list must be filtered first. */
  static final int MAX_EXPORTED_TASKS = 10_000;

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ReportService reports;
  private final AssignmentService assignment;
  private final EngineClock clock;

  ReportController(ReportService reports, AssignmentService assignment, EngineClock clock) {
    this.reports = reports;
    this.assignment = assignment;
    this.clock = clock;
  }

  @GetMapping("/reports/statistics")
  @Operation(
      summary =
          "Thống kê nhiệm vụ theo đơn vị, người giao hoặc loại đơn vị, cho một kỳ và một ngày tham chiếu, kèm điểm và xếp hạng")
  ReportService.Statistics statistics(
      @Parameter(description = "UNIT (mặc định), ISSUER hoặc UNIT_KIND")
          @RequestParam(required = false)
          String groupBy,
      @Parameter(description = "MONTH, QUARTER, HALF_YEAR hoặc YEAR, kèm year và number")
          @RequestParam(required = false)
          String period,
      @Parameter(description = "Năm của kỳ") @RequestParam(required = false) String year,
      @Parameter(description = "Tháng 1–12, quý 1–4 hoặc nửa năm 1–2")
          @RequestParam(required = false)
          String number,
      @Parameter(description = "Giao từ ngày (YYYY-MM-DD), thay cho period")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "Giao đến ngày (YYYY-MM-DD), thay cho period")
          @RequestParam(required = false)
          String to,
      @Parameter(description = "Ngày tham chiếu (YYYY-MM-DD); mặc định hôm nay")
          @RequestParam(required = false)
          String at,
      @Parameter(description = "Chỉ một đơn vị (mã)") @RequestParam(required = false) String unit,
      @Parameter(description = "Chỉ một loại đơn vị") @RequestParam(required = false)
          String unitKind) {
    return reports.statistics(
        StatisticsQuery.of(
            groupBy, period, year, number, from, to, at, unit, unitKind, clock.today()));
  }

  @GetMapping("/reports/statistics.xlsx")
  @Operation(
      summary = "Bảng thống kê dưới dạng tệp Excel (cùng tham số với /api/reports/statistics)")
  ResponseEntity<byte[]> statisticsExcel(
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String at,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String unitKind) {
    ReportService.Statistics statistics =
        statistics(groupBy, period, year, number, from, to, at, unit, unitKind);
    return excel(
        ExcelReports.statistics(statistics),
        "thong-ke-nhiem-vu-" + statistics.from() + "-" + statistics.to() + ".xlsx");
  }

  @GetMapping("/tasks.xlsx")
  @Operation(
      summary =
          "Danh sách nhiệm vụ đã lọc dưới dạng tệp Excel (cùng bộ lọc với /api/tasks, tối đa 10.000 dòng)")
  ResponseEntity<byte[]> tasksExcel(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String unitKind,
      @RequestParam(required = false) String issuer,
      @RequestParam(required = false) String directive,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate assignedFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate assignedTo,
      @RequestParam(required = false) String statusClass,
      @RequestParam(required = false) String figure,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
      @RequestParam(name = "q", required = false) String text,
      @RequestParam(required = false) String sort) {
    RegisterQuery first =
        RegisterQuery.of(
            unit,
            unitKind,
            issuer,
            directive,
            assignedFrom,
            assignedTo,
            statusClass,
            figure,
            status,
            at,
            text,
            0,
            RegisterQuery.MAX_PAGE_SIZE,
            sort,
            clock.today());
    // The register's own query, so the export shows exactly what /api/tasks shows; the rest of the
    // list
    // in one more read rather than page after page, which a change in between would shift.
    TaskPage page = assignment.query(first);
    if (page.total() > MAX_EXPORTED_TASKS) {
      throw InvalidInputException.of(
          "q",
          "Danh sách có "
              + page.total()
              + " nhiệm vụ, vượt quá "
              + MAX_EXPORTED_TASKS
              + " dòng một tệp Excel; hãy lọc hẹp hơn (đơn vị, khoảng ngày giao, nhóm trạng thái...).");
    }
    List<TaskView> tasks =
        page.total() <= page.items().size()
            ? page.items()
            : assignment.query(first.withPage(0, (int) page.total())).items();
    return excel(
        ExcelReports.tasks(tasks, first.at(), describe(first)),
        "danh-sach-nhiem-vu-" + first.at() + ".xlsx");
  }

  private static String describe(RegisterQuery q) {
    List<String> parts = new ArrayList<>();
    if (q.unit() != null) {
      parts.add("đơn vị chủ trì " + q.unit());
    }
    if (q.unitKind() != null) {
      parts.add(q.unitKind().label());
    }
    if (q.issuer() != null) {
      parts.add("người giao " + q.issuer());
    }
    if (q.directive() != null) {
      parts.add("văn bản " + q.directive());
    }
    if (q.assignedFrom() != null || q.assignedTo() != null) {
      parts.add(
          ("giao"
              + (q.assignedFrom() == null
                  ? ""
                  : " từ ngày " + VietnameseDates.format(q.assignedFrom()))
              + (q.assignedTo() == null
                  ? ""
                  : " đến ngày " + VietnameseDates.format(q.assignedTo()))));
    }
    if (q.statusClass() != null) {
      parts.add(q.statusClass().label().toLowerCase());
    }
    if (q.figure() != null) {
      parts.add(q.figure().label().toLowerCase());
    }
    if (q.status() != null) {
      parts.add("trạng thái: " + q.status().label().toLowerCase());
    }
    if (q.text() != null) {
      parts.add("có chữ \"" + q.text() + "\"");
    }
    return parts.isEmpty() ? "" : "Lọc: " + String.join(", ", parts).trim();
  }

  private static ResponseEntity<byte[]> excel(byte[] content, String fileName) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(XLSX)
        .body(content);
  }
}
