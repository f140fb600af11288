package vn.gov.tasktracking.system;

import jakarta.servlet.http.HttpServletRequest;

/** The liveness and readiness probes: anonymous, and they say UP or DOWN, nothing more. */
public final class Probes {

  public static final String LIVENESS = "/actuator/health/liveness";
  public static final String READINESS = "/actuator/health/readiness";

  private Probes() {}

  public static boolean isProbe(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.equals(LIVENESS) || path.equals(READINESS);
  }
}
