package vn.gov.tasktracking.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers of every answer of {@code /api} and {@code /engine-rest} (the webapps get theirs from
 * Camunda's own header security filter): no type sniffing, no framing by other sites, nothing kept
 * in caches (the answers hold people's work). And no Basic challenge: a browser that saw one would
 * cache the credentials and send them along with any other site's forged request; Basic clients
 * (curl, integrations) send their credentials without being asked.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, new Hardened(response));
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED
        && !response.isCommitted()
        && request.getServletPath().startsWith(EngineApiGate.ENGINE_REST)) {
      // Camunda's filter of /engine-rest refuses with an empty body.
      JsonRefusal.write(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "Cần đăng nhập: gửi tên đăng nhập và mật khẩu (HTTP Basic).");
    }
  }

  /**
   * Drops the Basic challenge and keeps {@code no-store} whatever the resource asks for (Camunda
   * says no-cache).
   */
  private static final class Hardened extends HttpServletResponseWrapper {

    Hardened(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if ("Cache-Control".equalsIgnoreCase(name)) {
        super.setHeader(name, "no-store");
      } else if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Cache-Control".equalsIgnoreCase(name)) {
        super.setHeader(name, "no-store");
      } else if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
