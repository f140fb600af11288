package vn.gov.tasktracking.security;

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
class SecurityHeadersFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, new WithoutBasicChallenge(response));
  }

  private static final class WithoutBasicChallenge extends HttpServletResponseWrapper {

    WithoutBasicChallenge(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!isChallenge(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!isChallenge(name)) {
        super.addHeader(name, value);
      }
    }

    private static boolean isChallenge(String name) {
      return "WWW-Authenticate".equalsIgnoreCase(name);
    }
  }
}
