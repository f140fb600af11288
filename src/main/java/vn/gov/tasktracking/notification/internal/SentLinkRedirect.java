package vn.gov.tasktracking.notification.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.tasktracking.notification.NotificationSettings;

/**
 * E-mails sent before notifications opened Tasklist carry {@code /api/tasks/NV-…} and {@code
 * /api/inspections/12}. A person clicking one in a mail reader is a browser asking for a page (it
 * accepts {@code text/html}); it is sent on to the task's record in Tasklist, which signs the
 * person in and opens their step when they have one. Programs asking for JSON (any other {@code
 * Accept}) reach the API as before. Runs before the API's authentication, since the redirect
 * reveals nothing and the record checks who asks.
 */
@Configuration
class SentLinkRedirect {

  /** Before {@code RequestGuardConfiguration.AUTHENTICATION_ORDER} (40). */
  static final int ORDER = 35;

  private static final Pattern TASK = Pattern.compile("/api/tasks/([A-Za-z0-9-]+)/?");
  private static final Pattern INSPECTION = Pattern.compile("/api/inspections/(\\d+)/?");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> sentLinks() {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Filter());
    registration.setName("sentLinkRedirect");
    registration.addUrlPatterns("/api/tasks/*", "/api/inspections/*");
    registration.setOrder(ORDER);
    return registration;
  }

  /**
   * The Tasklist address of what an old link named, or null when the request is not such a link.
   */
  static String pageOf(String path) {
    Matcher task = TASK.matcher(path);
    if (task.matches()) {
      return "/camunda/app/tasklist/default/#/?record=" + task.group(1) + "&goto=step";
    }
    Matcher inspection = INSPECTION.matcher(path);
    if (inspection.matches()) {
      return "/camunda/app/tasklist/default/#/?record="
          + NotificationSettings.INSPECTION_PREFIX
          + inspection.group(1)
          + "&goto=step";
    }
    return null;
  }

  static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
  }

  private static final class Filter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String page =
          wantsPage(request)
              ? pageOf(request.getRequestURI().substring(request.getContextPath().length()))
              : null;
      if (page == null) {
        chain.doFilter(request, response);
        return;
      }
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", request.getContextPath() + page);
    }
  }
}
