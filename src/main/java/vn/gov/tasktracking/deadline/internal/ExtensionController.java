package vn.gov.tasktracking.deadline.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.deadline.ExtensionService;
import vn.gov.tasktracking.system.ForbiddenException;

/** A unit asks for more time; the decision is a Tasklist step of the issuer or the Office. */
@RestController
@RequestMapping("/api")
@Tag(name = "Giao và theo dõi nhiệm vụ")
class ExtensionController {

  private final AssignmentService assignment;
  private final ExtensionService extensions;

  ExtensionController(AssignmentService assignment, ExtensionService extensions) {
    this.assignment = assignment;
    this.extensions = extensions;
  }

  record ExtensionRequest(
      String reason, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposedDeadline) {}

  record ExtensionCreated(long id) {}

  @PostMapping("/tasks/{registerNumber}/extensions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Đơn vị đề nghị gia hạn (trước khi hết hạn, kèm lý do và ngày đề nghị); người giao hoặc Văn phòng quyết định trong Tasklist")
  ExtensionCreated requestExtension(
      @PathVariable String registerNumber, @RequestBody ExtensionRequest request) {
    if (!assignment.mayAskExtension(assignment.readableTask(registerNumber))) {
      throw new ForbiddenException(
          "Chỉ cán bộ thực hiện, đầu mối hoặc lãnh đạo đơn vị chủ trì được đề nghị gia hạn nhiệm vụ này.");
    }
    return new ExtensionCreated(
        extensions.request(registerNumber, request.reason(), request.proposedDeadline()));
  }
}
