package vn.gov.tasktracking.assignment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** What the Provincial Office registers: a directive and the tasks it assigns. */
@Schema(description = "Văn bản chỉ đạo và các nhiệm vụ được giao trong văn bản")
public record DirectiveRequest(
    @Schema(
            description =
                "Số, ký hiệu văn bản; số đánh lại từ đầu mỗi năm, nên người giao, số và năm ban hành xác định một văn bản",
            example = "162/QĐ-UBND")
        String number,
    @Schema(description = "Ngày ban hành", example = "2026-11-20") LocalDate issuedOn,
    @Schema(description = "Người/cơ quan giao: COMMITTEE, CHAIRMAN, VICE_CHAIRMAN")
        String issuerKind,
    @Schema(
            description =
                "Tên đăng nhập của Phó Chủ tịch giao việc (khi issuerKind = VICE_CHAIRMAN)")
        String issuerUsername,
    @Schema(description = "Trích yếu") String excerpt,
    @Schema(description = "Mã tệp văn bản đã tải lên qua /api/documents") Long documentId,
    List<TaskRequest> tasks) {

  /** One task of the directive. Deadline: a date, or a number of working days, or neither. */
  @Schema(description = "Một nhiệm vụ")
  public record TaskRequest(
      @Schema(description = "Nội dung nhiệm vụ") String content,
      @Schema(description = "Mã đơn vị chủ trì", example = "SXD") String leadUnit,
      @Schema(description = "Mã các đơn vị phối hợp") List<String> coordinatingUnits,
      @Schema(
              description =
                  "Hạn xử lý (ngày) như văn bản ghi; bỏ trống nếu không có thời hạn. Ngày nghỉ hằng tuần hoặc ngày lễ thì"
                      + " hạn tính đến hết ngày làm việc kế tiếp (Điều 148 Bộ luật Dân sự)")
          LocalDate deadline,
      @Schema(description = "Hoặc: số ngày làm việc kể từ ngày giao") Integer deadlineWorkingDays,
      @Schema(description = "Nhiệm vụ trọng tâm") Boolean keyTask) {}
}
