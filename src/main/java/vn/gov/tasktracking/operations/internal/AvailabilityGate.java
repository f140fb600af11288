package vn.gov.tasktracking.operations.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.tasktracking.system.Probes;
import vn.gov.tasktracking.system.Unavailable;

/**
 * In front of authentication on the REST surfaces: a node that is not ready (starting, its start-up
 * steps not done, shutting down, or its database out of reach) answers 503 with {@code Retry-After}
 * and a Vietnamese message at once. Without it a starting node sent valid requests into the
 * identity service and the authorization checks before the directory, the role groups and the
 * grants were in place, and answered 401 or 403. A request that fails further in because the
 * database became unreachable gets the same 503 instead of 500.
 */
class AvailabilityGate extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(AvailabilityGate.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApplicationAvailability availability;
  private final StartupReadiness startup;
  private final DatabaseReachability database;

  AvailabilityGate(
      ApplicationAvailability availability,
      StartupReadiness startup,
      DatabaseReachability database) {
    this.availability = availability;
    this.startup = startup;
    this.database = database;
  }

  /** The probes answer for themselves (UP or DOWN), whatever the state. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return Probes.isProbe(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String why = whyNotReady();
    if (why != null) {
      LOG.debug(
          "Not ready ({}): {} {} answered 503", why, request.getMethod(), request.getRequestURI());
      refuse(response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (response.isCommitted() || !Unavailable.databaseUnreachable(e)) {
        throw e;
      }
      LOG.warn(
          "Database unreachable during {} {}: answered 503 ({})",
          request.getMethod(),
          request.getRequestURI(),
          e.toString());
      database.check();
      refuse(response);
    }
  }

  /**
   * @return why this node cannot serve requests now, or null when it can
   */
  String whyNotReady() {
    if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
      return "readiness " + availability.getReadinessState();
    }
    List<String> pending = startup.pendingSteps();
    if (!pending.isEmpty()) {
      return "start-up steps " + pending;
    }
    if (!database.reachable()) {
      return "database unreachable";
    }
    return null;
  }

  static void refuse(HttpServletResponse response) throws IOException {
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailable.RETRY_AFTER_SECONDS));
    response.setContentType("application/json;charset=UTF-8");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    body.put("message", Unavailable.MESSAGE);
    body.put("problems", List.of());
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
