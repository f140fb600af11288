package vn.gov.tasktracking.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A refusal written by a servlet filter, in the shape of the product's JSON errors. */
final class JsonRefusal {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonRefusal() {}

  static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message);
    body.put("problems", List.of());
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
