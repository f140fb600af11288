package vn.gov.tasktracking.system.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.gov.tasktracking.system.ForbiddenException;
import vn.gov.tasktracking.system.InvalidInputException;
import vn.gov.tasktracking.system.NotFoundException;
import vn.gov.tasktracking.system.ProductRefusals;
import vn.gov.tasktracking.system.Unavailable;

/**
 * Turns refusals into JSON answers with a Vietnamese message for the product's REST API, including
 * the framework's own (no such address, method, content type, file too large), which arise before
 * any of the product's controllers is chosen. What never reaches Spring MVC is answered by {@link
 * ErrorAnswers}.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** The body of every refusal: a message for people and, for bad input, one problem per field. */
  public record ApiError(
      int status, String message, List<InvalidInputException.Problem> problems) {}

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
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = field(mapping.getPath());
      String problem =
          mapping instanceof InvalidNullException
              ? "Danh sách không được có phần tử trống (null)."
              : mapping.getClass() == JsonMappingException.class
                  ? mapping.getOriginalMessage()
                  : "Giá trị sai kiểu dữ liệu hoặc không đúng định dạng.";
      String message = "Trường '" + field + "': " + problem;
      return error(
          HttpStatus.BAD_REQUEST,
          message,
          List.of(new InvalidInputException.Problem(field, message)));
    }
    return error(
        HttpStatus.BAD_REQUEST,
        "Không đọc được dữ liệu gửi lên: nội dung không đúng định dạng JSON hoặc sai kiểu dữ liệu.",
        List.of());
  }

  /**
   * tasks[1].coordinatingUnits[2]: fields by name, list elements counted from 1 as people count.
   */
  private static String field(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference step : path) {
      if (step.getFieldName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        field.append('[').append(step.getIndex() + 1).append(']');
      }
    }
    return field.toString();
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
    String message = "Tham số '" + e.getName() + "' có giá trị không hợp lệ: " + e.getValue();
    return error(
        HttpStatus.BAD_REQUEST,
        message,
        List.of(new InvalidInputException.Problem(e.getName(), message)));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ApiError> missingFile(MissingServletRequestPartException e) {
    String message =
        "Chưa chọn tệp để tải lên (phần '" + e.getRequestPartName() + "' của biểu mẫu).";
    return error(
        HttpStatus.BAD_REQUEST,
        message,
        List.of(new InvalidInputException.Problem(e.getRequestPartName(), message)));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    return error(
        HttpStatus.PAYLOAD_TOO_LARGE, "Tệp tải lên quá lớn (tối đa 20 MB một tệp).", List.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> noSuchAddress(NoResourceFoundException e) {
    return error(HttpStatus.NOT_FOUND, ErrorAnswers.message(HttpStatus.NOT_FOUND), List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
    String allowed =
        e.getSupportedMethods() == null ? "" : String.join(", ", e.getSupportedMethods());
    String message =
        "Địa chỉ này không nhận phương thức "
            + e.getMethod()
            + (allowed.isEmpty() ? "." : " (chỉ nhận: " + allowed + ").");
    HttpHeaders headers = new HttpHeaders();
    if (e.getSupportedHttpMethods() != null) {
      headers.setAllow(e.getSupportedHttpMethods());
    }
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
        .headers(headers)
        .body(new ApiError(HttpStatus.METHOD_NOT_ALLOWED.value(), message, List.of()));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> unsupportedType(HttpMediaTypeNotSupportedException e) {
    String accepted =
        e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
    String message =
        "Kiểu nội dung «"
            + (e.getContentType() == null ? "không ghi" : e.getContentType())
            + "» không được chấp nhận"
            + (accepted.isEmpty() ? "." : " (chỉ nhận: " + accepted + ").");
    return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message, List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return error(
        HttpStatus.NOT_ACCEPTABLE, ErrorAnswers.message(HttpStatus.NOT_ACCEPTABLE), List.of());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
    String message = "Thiếu tham số '" + e.getParameterName() + "'.";
    return error(
        HttpStatus.BAD_REQUEST,
        message,
        List.of(new InvalidInputException.Problem(e.getParameterName(), message)));
  }

  /** A multipart body the server cannot take apart, e.g. without its boundary. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ApiError> unreadableMultipart(MultipartException e) {
    String message =
        "Không đọc được tệp gửi lên: yêu cầu phải là multipart/form-data có ranh giới (boundary) và phần 'file'.";
    return error(
        HttpStatus.BAD_REQUEST,
        message,
        List.of(new InvalidInputException.Problem("file", message)));
  }

  /**
   * A step's listener refused the input: the engine wraps the refusal, the caller gets it plain.
   */
  @ExceptionHandler(ProcessEngineException.class)
  public ResponseEntity<ApiError> engine(ProcessEngineException e) {
    if (Unavailable.databaseUnreachable(e)) {
      return unavailable(e);
    }
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

  /**
   * The database out of reach (no connection from the pool, refused, broken): nothing was written,
   * and the same request will succeed once it is back, so 503 with Retry-After instead of 500.
   */
  @ExceptionHandler({
    DataAccessResourceFailureException.class,
    CannotCreateTransactionException.class
  })
  public ResponseEntity<ApiError> unavailable(Exception e) {
    LOG.warn("Database unreachable, answered 503: {}", e.toString());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailable.RETRY_AFTER_SECONDS))
        .body(new ApiError(HttpStatus.SERVICE_UNAVAILABLE.value(), Unavailable.MESSAGE, List.of()));
  }

  private static ResponseEntity<ApiError> error(
      HttpStatus status, String message, List<InvalidInputException.Problem> problems) {
    return ResponseEntity.status(status).body(new ApiError(status.value(), message, problems));
  }
}
