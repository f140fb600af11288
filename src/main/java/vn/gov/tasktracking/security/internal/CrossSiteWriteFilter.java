package vn.gov.tasktracking.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses writes to {@code /api} and {@code /engine-rest} that another site's page could make with
 * the credentials a browser keeps: a request from another origin (its {@code Origin}, or else its
 * {@code Referer}) is refused with 403, and a write must say it is JSON (YAML for the directory
 * file, multipart where a file is uploaded), which a plain cross-site form cannot send without the
 * browser asking the server first. Requests without Origin or Referer (curl, integrations) are not
 * cross-site requests of a browser and are judged by their content type alone.
 */
public class CrossSiteWriteFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(CrossSiteWriteFilter.class);
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  /** Endpoints that take a file. */
  private static final List<Pattern> MULTIPART =
      List.of(
          Pattern.compile("/api/documents/?"),
          Pattern.compile("/api/imports/tasks/?"),
          Pattern.compile("/api/tasks/[^/]+/result-document/?"),
          Pattern.compile("/engine-rest(/engine/[^/]+)?/deployment/create/?"),
          Pattern.compile("/engine-rest(/engine/[^/]+)?/task/[^/]+/attachment/create/?"),
          Pattern.compile(
              "/engine-rest(/engine/[^/]+)?/.+/(variables|localVariables)/[^/]+/data/?"));

  /** The directory is exchanged as the YAML file administrators edit. */
  private static final Pattern YAML = Pattern.compile("/api/directory/import/?");

  private final List<String> trustedOrigins;

  /**
   * @param trustedOrigins origins besides the request's own, e.g. the address people use behind a
   *     proxy
   */
  public CrossSiteWriteFilter(List<String> trustedOrigins) {
    this.trustedOrigins =
        trustedOrigins.stream().map(CrossSiteWriteFilter::originOf).filter(o -> o != null).toList();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE_METHODS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String origin = request.getHeader("Origin");
    if (origin == null && request.getHeader("Referer") != null) {
      origin = originOf(request.getHeader("Referer"));
      if (origin == null) {
        origin = "null";
      }
    }
    if (origin != null && !isOwn(origin, request)) {
      LOG.info("Cross-site write refused: {} {} from {}", request.getMethod(), path, origin);
      JsonRefusal.write(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "Yêu cầu ghi dữ liệu gửi từ trang web khác (" + origin + ") bị từ chối.");
      return;
    }
    if (!acceptedContentType(request, path)) {
      JsonRefusal.write(
          response,
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "Kiểu nội dung «"
              + request.getContentType()
              + "» không được chấp nhận: gửi dữ liệu dạng JSON "
              + "(Content-Type: application/json)"
              + (MULTIPART.stream().anyMatch(p -> p.matcher(path).matches())
                  ? " hoặc tệp dạng multipart/form-data"
                  : "")
              + (YAML.matcher(path).matches() ? " hoặc tệp YAML (application/yaml)" : "")
              + ".");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean acceptedContentType(HttpServletRequest request, String path) {
    String contentType = request.getContentType();
    if (contentType == null || contentType.isBlank()) {
      // A write without a body (e.g. marking a notification read) carries no content type.
      return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (type.equals("application/json")
        || (type.startsWith("application/") && type.endsWith("+json"))) {
      return true;
    }
    if (type.equals("multipart/form-data")) {
      return MULTIPART.stream().anyMatch(p -> p.matcher(path).matches());
    }
    if (type.equals("application/yaml") || type.equals("application/x-yaml")) {
      return YAML.matcher(path).matches();
    }
    return false;
  }

  private boolean isOwn(String origin, HttpServletRequest request) {
    String normalized = originOf(origin);
    if (normalized == null) {
      return false;
    }
    return normalized.equals(originOf(request.getRequestURL().toString()))
        || trustedOrigins.contains(normalized);
  }

  /**
   * {@code scheme://host[:port]} in lower case, the default port left out; null when it is no such
   * URL.
   */
  static String originOf(String url) {
    try {
      URI uri = URI.create(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || (scheme.equals("http") && port == 80)
              || (scheme.equals("https") && port == 443);
      return scheme
          + "://"
          + uri.getHost().toLowerCase(Locale.ROOT)
          + (defaultPort ? "" : ":" + port);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
