package vn.gov.tasktracking.inspection.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.tasktracking.inspection.InspectionRequests;
import vn.gov.tasktracking.inspection.InspectionService;
import vn.gov.tasktracking.system.NotFoundException;

/** Inspection visits of the Chairman's working group, over REST. */
@RestController
@RequestMapping("/api/inspections")
@Tag(name = "Kiểm tra của Tổ công tác")
class InspectionController {

  private static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final InspectionService inspections;
  private final ConclusionNotice notice;

  InspectionController(InspectionService inspections, ConclusionNotice notice) {
    this.inspections = inspections;
    this.notice = notice;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Lập kế hoạch kiểm tra (Văn phòng UBND tỉnh); Tổ trưởng duyệt trong Tasklist")
  InspectionView plan(@RequestBody InspectionRequests.Plan request) {
    return inspections.view(inspections.plan(request).id());
  }

  @GetMapping
  @Operation(summary = "Các buổi kiểm tra theo đơn vị và kỳ (kỳ kiểm tra giao với khoảng from–to)")
  List<InspectionView.Summary> list(
      @Parameter(description = "Mã đơn vị") @RequestParam(required = false) String unit,
      @Parameter(description = "Từ ngày")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @Parameter(description = "Đến ngày")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to) {
    return inspections.list(unit, from, to);
  }

  @GetMapping("/{id}")
  @Operation(
      summary =
          "Một buổi kiểm tra: kế hoạch, số liệu đã chốt, báo cáo, phát hiện, kết luận, kiến nghị, số yêu cầu đã hoàn thành")
  InspectionView get(@PathVariable long id) {
    return inspections.view(id);
  }

  @PostMapping("/{id}/report")
  @Operation(
      summary =
          "Đơn vị gửi báo cáo: giải trình từng nhiệm vụ chậm, quá hạn, kết quả, khó khăn, nguyên nhân, kiến nghị")
  InspectionView report(@PathVariable long id, @RequestBody InspectionRequests.UnitReport report) {
    inspections.submitReportThroughApi(id, report);
    return inspections.view(id);
  }

  @PostMapping("/{id}/findings")
  @Operation(
      summary = "Thành viên Tổ công tác ghi nhận phát hiện (done = true: kết thúc bước của mình)")
  InspectionView findings(
      @PathVariable long id, @RequestBody InspectionRequests.Findings findings) {
    inspections.addFindingsThroughApi(id, findings);
    return inspections.view(id);
  }

  @PostMapping("/{id}/conclusion")
  @Operation(
      summary =
          "Tổ trưởng ban hành kết luận: đánh giá và các yêu cầu (mỗi yêu cầu thành một nhiệm vụ của đơn vị)")
  Map<String, Object> conclude(
      @PathVariable long id, @RequestBody InspectionRequests.Conclusion conclusion) {
    List<String> numbers = inspections.concludeThroughApi(id, conclusion);
    return Map.of("inspection", inspections.view(id), "requirementTasks", numbers);
  }

  @GetMapping("/{id}/conclusion.docx")
  @Operation(summary = "Thông báo kết luận kiểm tra (tệp Word)")
  ResponseEntity<byte[]> conclusionDocument(@PathVariable long id) {
    InspectionView inspection = inspections.view(id);
    if (inspection.conclusion() == null) {
      throw new NotFoundException("Buổi kiểm tra " + inspection.code() + " chưa có kết luận.");
    }
    return ResponseEntity.ok()
        .contentType(DOCX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(
                    "thong-bao-ket-luan-" + inspection.code() + ".docx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(notice.render(inspection));
  }
}
