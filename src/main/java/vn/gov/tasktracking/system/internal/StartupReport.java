package vn.gov.tasktracking.system.internal;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.system.StartupNote;

/**
 * One block in the log when the application is ready: where Tasklist, Cockpit, Admin, the API docs
 * and the engine's REST are on the port in use, how long the start took, and what other
 * capabilities add ({@link StartupNote}: the demo logins and their password's source, the demo
 * data).
 */
@Component
public class StartupReport {

  private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

  private final Environment environment;
  private final ObjectProvider<StartupNote> notes;

  StartupReport(Environment environment, ObjectProvider<StartupNote> notes) {
    this.environment = environment;
    this.notes = notes;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)
        || web.getWebServer() == null) {
      return;
    }
    LOG.info(
        report(web.getWebServer().getPort(), ManagementFactory.getRuntimeMXBean().getUptime()));
  }

  String report(int port, long uptimeMillis) {
    String base =
        "http://localhost:"
            + port
            + trimSlash(environment.getProperty("server.servlet.context-path", ""));
    String camunda =
        base
            + trimSlash(environment.getProperty("camunda.bpm.webapp.application-path", "/camunda"));
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "Ready in %.1f s (JVM start to ready). Addresses on port %d:",
            uptimeMillis / 1000.0, port));
    lines.add("  Tasklist   " + camunda + "/app/tasklist/");
    lines.add("  Cockpit    " + camunda + "/app/cockpit/");
    lines.add("  Admin      " + camunda + "/app/admin/");
    lines.add(
        "  API docs   "
            + base
            + environment.getProperty("springdoc.swagger-ui.path", "/swagger-ui.html"));
    lines.add(
        "  REST       "
            + base
            + trimSlash(
                environment.getProperty("camunda.bpm.jersey.application-path", "/engine-rest")));
    notes
        .orderedStream()
        .forEach(note -> note.startupLines().forEach(line -> lines.add("  " + line)));
    String rule = "-".repeat(72);
    return "\n" + rule + "\n" + String.join("\n", lines) + "\n" + rule;
  }

  private static String trimSlash(String path) {
    if (path == null || path.isBlank() || path.equals("/")) {
      return "";
    }
    String p = path.startsWith("/") ? path : "/" + path;
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
