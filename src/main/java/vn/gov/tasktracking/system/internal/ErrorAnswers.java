package vn.gov.tasktracking.system.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.tasktracking.system.Unavailable;

/**
 * Refusals that never reach a controller, in the product's JSON shape and in Vietnamese: the
 * servlet container's error page ({@code /error}, e.g. a request Tomcat itself refused after
 * reading it) and, for requests Tomcat refuses before any application sees them (a malformed
 * request line or address), Tomcat's error report valve.
 */
@RestController
class ErrorAnswers implements ErrorController {

  private static final Pattern WEBAPP_LOGIN = Pattern.compile("/api/admin/auth/user/[^/]+/login/");

  static String message(HttpStatus status) {
    return switch (status.value()) {
      case 400 -> "Yêu cầu không hợp lệ: địa chỉ, tiêu đề hoặc nội dung gửi lên sai định dạng.";
      case 401 -> "Cần đăng nhập.";
      case 403 -> "Bạn không có quyền thực hiện thao tác này.";
      case 404 -> "Không tìm thấy địa chỉ được yêu cầu.";
      case 405 -> "Địa chỉ này không nhận phương thức đã gửi.";
      case 406 -> "Không có dạng trả lời phù hợp với yêu cầu (Accept).";
      case 408 -> "Yêu cầu gửi quá chậm, đã hết thời gian chờ.";
      case 413 -> "Dữ liệu gửi lên quá lớn (tối đa 20 MB một tệp).";
      case 414 -> "Địa chỉ yêu cầu quá dài.";
      case 415 -> "Kiểu nội dung không được chấp nhận: gửi dữ liệu dạng JSON (application/json).";
      case 429 -> "Quá nhiều yêu cầu, vui lòng thử lại sau.";
      default ->
          status.is5xxServerError()
              ? "Hệ thống gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau hoặc báo quản trị hệ thống."
              : "Yêu cầu không được chấp nhận.";
    };
  }

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<ApiExceptionHandler.ApiError> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
    if (status == null) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)
            instanceof org.springframework.web.multipart.MultipartException
        || request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)
                instanceof IllegalStateException ise
            && ise.getCause() != null
            && ise.getCause().getClass().getName().contains("SizeLimitExceeded")) {
      status = HttpStatus.PAYLOAD_TOO_LARGE;
    }
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
        && Unavailable.databaseUnreachable(failure)) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailable.RETRY_AFTER_SECONDS))
          .body(
              new ApiExceptionHandler.ApiError(
                  HttpStatus.SERVICE_UNAVAILABLE.value(), Unavailable.MESSAGE, List.of()));
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    // The webapps' login form shows this message when a password is wrong.
    String message =
        status == HttpStatus.UNAUTHORIZED
                && uri instanceof String path
                && WEBAPP_LOGIN.matcher(path).find()
            ? "Sai tên đăng nhập hoặc mật khẩu."
            : message(status);
    return ResponseEntity.status(status)
        .body(new ApiExceptionHandler.ApiError(status.value(), message, List.of()));
  }

  /** Tomcat's own answer to what it refuses before the application: the same JSON shape. */
  @Bean
  static WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports() {
    return factory ->
        factory.addContextCustomizers(
            context ->
                ((StandardHost) context.getParent())
                    .setErrorReportValveClass(JsonErrorReportValve.class.getName()));
  }

  /** Writes the product's error shape instead of Tomcat's HTML page. */
  public static class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int code = response.getStatus();
      if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      HttpStatus status = HttpStatus.resolve(code);
      String message = status == null ? "Yêu cầu không được chấp nhận." : message(status);
      try {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write("{\"status\":" + code + ",\"message\":\"" + message + "\",\"problems\":[]}");
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // The client is gone or the answer was already under way: nothing more to say.
      }
    }
  }
}
