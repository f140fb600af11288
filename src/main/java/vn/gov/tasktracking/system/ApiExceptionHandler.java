package vn.gov.tasktracking.system;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Turns refusals into JSON answers with a Vietnamese message for the product's REST API. */
@RestControllerAdvice(basePackages = "vn.gov.tasktracking")
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** The body of every refusal: a message for people and, for bad input, one problem per field. */
  record ApiError(int status, String message, List<InvalidInputException.Problem> problems) {}

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ApiError> invalid(InvalidInputException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage(), e.problems());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
    List<InvalidInputException.Problem> problems =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new InvalidInputException.Problem(f.getField(), f.getDefaultMessage()))
            .toList();
    return error(HttpStatus.BAD_REQUEST, "Dữ liệu gửi lên chưa hợp lệ.", problems);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    return error(
        HttpStatus.BAD_REQUEST,
        "Không đọc được dữ liệu gửi lên: nội dung không đúng định dạng JSON hoặc sai kiểu dữ liệu.",
        List.of());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
    String message = "Tham số '" + e.getName() + "' có giá trị không hợp lệ: " + e.getValue();
    return error(
        HttpStatus.BAD_REQUEST, message, List.of(new InvalidInputException.Problem(e.getName(), message)));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ApiError> missingFile(MissingServletRequestPartException e) {
    String message = "Chưa chọn tệp để tải lên (phần '" + e.getRequestPartName() + "' của biểu mẫu).";
    return error(HttpStatus.BAD_REQUEST, message, List.of(new InvalidInputException.Problem(e.getRequestPartName(), message)));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    return error(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp tải lên quá lớn (tối đa 20 MB một tệp).", List.of());
  }

  /** A step's listener refused the input: the engine wraps the refusal, the caller gets it plain. */
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<ApiError> engine(ProcessEngineException e) {
    RuntimeException refusal = ProductRefusals.productCause(e);
    if (refusal instanceof InvalidInputException invalid) {
      return invalid(invalid);
    }
    if (refusal instanceof ForbiddenException forbidden) {
      return forbidden(forbidden);
    }
    throw e;
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> notFound(NotFoundException e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ApiError> forbidden(ForbiddenException e) {
    return error(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> notAuthorized(AuthorizationException e) {
    RuntimeException refusal = ProductRefusals.productCause(e);
    if (refusal instanceof InvalidInputException invalid) {
      return invalid(invalid);
    }
    if (refusal instanceof ForbiddenException forbidden) {
      return forbidden(forbidden);
    }
    LOG.info("Refused by Camunda authorization: {}", e.getMessage());
    return error(HttpStatus.FORBIDDEN, "Bạn không có quyền thực hiện thao tác này.", List.of());
  }

  private static ResponseEntity<ApiError> error(
      HttpStatus status, String message, List<InvalidInputException.Problem> problems) {
    return ResponseEntity.status(status).body(new ApiError(status.value(), message, problems));
  }
}
