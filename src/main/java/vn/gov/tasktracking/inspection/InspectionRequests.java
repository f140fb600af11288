package vn.gov.tasktracking.inspection;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** What people send about an inspection, through REST or, converted, through Tasklist's forms. */
public final class InspectionRequests {

  private InspectionRequests() {}

  @Schema(description = "Kế hoạch kiểm tra của Văn phòng UBND tỉnh")
  public record Plan(
      @Schema(description = "Mã đơn vị được kiểm tra", example = "SXD") String unit,
      @Schema(description = "Kỳ kiểm tra từ ngày", example = "2017-01-01") LocalDate periodFrom,
      @Schema(description = "Kỳ kiểm tra đến ngày", example = "2017-10-15") LocalDate periodTo,
      @Schema(description = "Ngày kiểm tra", example = "2017-10-19") LocalDate visitDate,
      @Schema(description = "Hạn đơn vị gửi báo cáo; mặc định 3 ngày làm việc trước ngày kiểm tra")
          LocalDate reportDueOn,
      @Schema(description = "Tên đăng nhập của Tổ trưởng Tổ công tác") String leader,
      @Schema(description = "Tên đăng nhập của các thành viên Tổ công tác") List<String> members,
      @Schema(description = "Nội dung kiểm tra") String content) {}

  /** The leader's decision on the plan; with AMEND, the fields given replace the plan's. */
  public record PlanDecision(
      String decision,
      LocalDate visitDate,
      LocalDate reportDueOn,
      List<String> members,
      String content,
      String comment) {}

  @Schema(description = "Báo cáo của đơn vị phục vụ buổi kiểm tra")
  public record UnitReport(
      @Schema(description = "Giải trình từng nhiệm vụ chậm, quá hạn")
          List<Explanation> explanations,
      @Schema(description = "Kết quả nổi bật") String keyResults,
      @Schema(description = "Khó khăn, vướng mắc") String difficulties,
      @Schema(description = "Nguyên nhân") String causes,
      @Schema(description = "Kiến nghị, mỗi phần tử một kiến nghị") List<String> petitions) {}

  public record Explanation(
      @Schema(description = "Số vào sổ của nhiệm vụ", example = "NV-2017-000012")
          String registerNumber,
      @Schema(description = "Giải trình của đơn vị") String explanation) {}

  @Schema(description = "Phát hiện của thành viên Tổ công tác")
  public record Findings(
      @Schema(description = "Các phát hiện, mỗi phần tử một ý") List<String> findings,
      @Schema(description = "true: thành viên kết thúc bước ghi nhận phát hiện của mình")
          Boolean done) {}

  @Schema(description = "Kết luận của Tổ trưởng Tổ công tác")
  public record Conclusion(
      @Schema(description = "Đánh giá") String assessment,
      @Schema(description = "Các yêu cầu, mỗi yêu cầu thành một nhiệm vụ của đơn vị")
          List<Requirement> requirements) {}

  public record Requirement(
      @Schema(description = "Nội dung yêu cầu") String content,
      @Schema(description = "Thời hạn", example = "2026-06-30") LocalDate deadline) {}
}
