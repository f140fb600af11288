package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text a person must never read on the product's pages: English or engine words, leftovers of
 * scripts, codes meant for programs.
 */
final class ForbiddenText {

  private static final List<Pattern> FORBIDDEN = List.of(
      // Script leftovers.
      Pattern.compile("\\b(undefined|null|NaN|true|false)\\b|\\[object Object\\]"),
      // English messages of servers, browsers and the engine.
      Pattern.compile("(?i)\\b(error|exception|loading|not found|forbidden|unauthorized|bad request|failed to fetch|"
          + "internal server|stack trace|task|process instance|deadline|status|submit|cancel)\\b"),
      Pattern.compile("\\b(ENGINE|TASK|REST)-\\d+"),
      // Codes of enumerations (OPEN_OVERDUE, COMPLETED_LATE, EXTENSION_REQUEST).
      Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b"),
      // Dates written the machine's way.
      Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?"));

  private ForbiddenText() {}

  /** Fails naming what a page shows that no one working here should read. */
  static void assertNone(String pageText) {
    for (Pattern pattern : FORBIDDEN) {
      Matcher m = pattern.matcher(pageText);
      if (m.find()) {
        int from = Math.max(0, m.start() - 60);
        int to = Math.min(pageText.length(), m.end() + 60);
        assertThat(m.group()).as("English or engine text on the page: …%s…", pageText.substring(from, to)).isNull();
      }
    }
  }
}
