package vn.gov.tasktracking.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing on every way in: the webapps' login form and HTTP Basic on {@code /api}
 * and {@code /engine-rest}. Runs before the password is checked; a client address or an account
 * that is waiting gets 429 with a Vietnamese message and {@code Retry-After}, without its password
 * being tried. The client address is the connection's ({@code getRemoteAddr()}); behind a proxy,
 * Spring Boot's {@code server.forward-headers-strategy} decides whether to believe the proxy.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
  private static final Pattern WEBAPP_LOGIN =
      Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
  private static final int MAX_LOGIN_FORM = 16 * 1024;
  private static final int MAX_KEY = 256;

  private final LoginThrottle addresses;
  private final LoginThrottle accounts;
  private final Clock clock;

  public LoginThrottleFilter(LoginThrottle addresses, LoginThrottle accounts, Clock clock) {
    this.addresses = addresses;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    boolean webappLogin =
        "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches();
    HttpServletRequest forward = request;
    String account;
    if (webappLogin) {
      byte[] body = request.getInputStream().readNBytes(MAX_LOGIN_FORM + 1);
      if (body.length > MAX_LOGIN_FORM) {
        JsonRefusal.write(
            response,
            HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
            "Yêu cầu đăng nhập quá lớn.");
        return;
      }
      account = formField(new String(body, StandardCharsets.UTF_8), "username");
      forward = new ReplayedBody(request, body);
    } else {
      account = basicUsername(request.getHeader("Authorization"));
      if (account == null) {
        chain.doFilter(request, response);
        return;
      }
    }
    String address = "address:" + request.getRemoteAddr();
    String accountKey = account == null ? null : "account:" + normalize(account);
    Duration wait = addresses.waitFor(address, clock.instant());
    if (accountKey != null) {
      Duration accountWait = accounts.waitFor(accountKey, clock.instant());
      wait = accountWait.compareTo(wait) > 0 ? accountWait : wait;
    }
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      response.setHeader("Retry-After", Long.toString(seconds));
      JsonRefusal.write(
          response,
          429,
          "Đăng nhập sai quá nhiều lần. Vui lòng chờ " + seconds + " giây rồi thử lại.");
      return;
    }
    chain.doFilter(forward, response);
    int status = response.getStatus();
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      addresses.failed(address, clock.instant());
      if (accountKey != null) {
        accounts.failed(accountKey, clock.instant());
      }
      LOG.info("Failed sign-in for {} from {}", account, request.getRemoteAddr());
    } else if (webappLogin
        && accountKey != null
        && (status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_FORBIDDEN)) {
      // The login form tells a right password for certain (403: right password, app not granted).
      // Basic does not: a public path or a session may answer 200 whatever the password, so
      // failures of Basic wear off with time only.
      accounts.succeeded(accountKey);
    }
  }

  private static String normalize(String account) {
    String key = account.trim().toLowerCase(Locale.ROOT);
    return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
  }

  static String basicUsername(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? decoded : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  static String formField(String form, String name) {
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      try {
        if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
          return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** The login form, read here to learn the account, handed on unread to Camunda's login. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("Synchronous reading only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(
          new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }
  }
}
