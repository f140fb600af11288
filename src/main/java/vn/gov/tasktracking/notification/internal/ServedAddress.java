package vn.gov.tasktracking.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.notification.NotificationSettings;

/**
 * Where people reach the product, for the links in notifications: {@code
 * tasktracking.notification.base-url} when set (a proxy's public address), else the address this
 * application serves, with the port its web server actually listens on.
 */
@Component
public class ServedAddress {

  private final String configured;
  private final String contextPath;
  private volatile String served;

  ServedAddress(
      NotificationSettings settings,
      @Value("${server.port:8080}") String port,
      @Value("${server.servlet.context-path:}") String contextPath) {
    this.configured = settings.baseUrl() == null ? "" : settings.baseUrl().trim();
    this.contextPath = contextPath;
    // Until the web server has started (and without one, as in process tests): the configured port.
    this.served = "http://localhost:" + ("0".equals(port) ? "8080" : port) + contextPath;
  }

  @EventListener
  void webServerStarted(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() == null) {
      served = "http://localhost:" + event.getWebServer().getPort() + contextPath;
    }
  }

  public String base() {
    return configured.isEmpty() ? served : configured;
  }
}
