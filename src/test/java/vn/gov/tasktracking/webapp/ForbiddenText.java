package vn.gov.tasktracking.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person must never read in the Camunda webapps, in one place for every browser test:
 * English words of Camunda's and form-js's user interface, engine messages, and programming
 * leftovers.
 *
 * <p>Words are matched whole and case-sensitively ("Select" but not "selected" inside a Vietnamese
 * sentence that quotes a name), so that Vietnamese text, register numbers and people's names never
 * match by accident. Add a string here when a test finds a new one; do not keep lists in the tests.
 */
final class ForbiddenText {

  /** Engine and programming text: matched anywhere, even inside a longer word. */
  static final List<String> ENGINE =
      List.of(
          "ENGINE-",
          "Exception",
          "exception",
          "Cannot ",
          "org.camunda",
          "java.",
          "Stack trace",
          "stacktrace",
          "undefined",
          "NaN",
          "[object Object]",
          "Invalid date",
          "Invalid Date",
          "{{",
          "}}");

  /**
   * English words of the user interface (Camunda webapps, form-js, flatpickr): matched as whole
   * words.
   */
  static final List<String> ENGLISH =
      List.of(
          "null",
          // form-js 1.8 validation and placeholders
          "Field is required",
          "Field must",
          "must match pattern",
          "minimum value",
          "minimum length",
          "maximum length",
          "Select",
          "Search",
          "No results",
          "mm/dd/yyyy",
          "dd/mm/yyyy",
          "Value is not a number",
          "Please select",
          // flatpickr, English
          "January",
          "February",
          "March",
          "April",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Sunday",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sun",
          "Mon",
          "Tue",
          "Wed",
          "Thu",
          "Fri",
          "Sat",
          // Tasklist, Cockpit, Admin, Welcome
          "Claim",
          "Unclaim",
          "Complete",
          "Save",
          "Start process",
          "Create task",
          "Filter Tasks",
          "Keyboard Shortcuts",
          "Created",
          "Due",
          "Follow-up",
          "Priority",
          "Select a task in the list",
          "Diagram",
          "History",
          "Add Comment",
          "Set follow-up date",
          "Set due date",
          "Add groups",
          "Log in",
          "Log out",
          "Please",
          "Username",
          "Password",
          "Loading",
          "Failure",
          "Error",
          "Form",
          "Task",
          "Tasks",
          "Description",
          "Add",
          "Remove",
          "Cancel",
          "Close",
          "Back",
          "Start",
          "Name",
          "Assignee",
          "Groups",
          "Users",
          "This app is designed");

  /** The phrase Camunda's header shows on a small screen, in any language. */
  static final List<String> SMALL_SCREEN_WARNING =
      List.of("Ứng dụng này được thiết kế cho màn hình lớn");

  private static final Pattern WORDS =
      Pattern.compile(
          ENGLISH.stream()
              .map(w -> "(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])")
              .reduce((a, b) -> a + "|" + b)
              .orElseThrow());

  /**
   * Patterns of machine text: enumeration codes, ISO dates, English server and browser messages.
   */
  static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("\\b(true|false)\\b"),
          Pattern.compile(
              "(?i)\\b(error|exception|loading|not found|forbidden|unauthorized|bad request|failed to fetch|"
                  + "internal server|stack trace|task|process instance|deadline|status|submit|cancel)\\b"),
          Pattern.compile("\\b(ENGINE|TASK|REST)-\\d+"),
          // Codes of enumerations (OPEN_OVERDUE, COMPLETED_LATE, EXTENSION_REQUEST).
          Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b"),
          // Dates written the machine's way.
          Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?"));

  private ForbiddenText() {}

  /** Every forbidden string in the text, in order of appearance; empty when it reads clean. */
  static List<String> findIn(String text) {
    List<String> found = new ArrayList<>();
    for (String engine : ENGINE) {
      if (text.contains(engine)) {
        found.add(engine);
      }
    }
    for (String warning : SMALL_SCREEN_WARNING) {
      if (text.contains(warning)) {
        found.add(warning);
      }
    }
    for (Pattern pattern : PATTERNS) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        found.add(m.group());
      }
    }
    Matcher words = WORDS.matcher(text);
    while (words.find()) {
      found.add(words.group());
    }
    return found;
  }

  /** Fails naming what was found and where: {@code what} says which page or step. */
  static void assertNoneIn(String what, String text) {
    List<String> found = findIn(text);
    assertThat(found).as("forbidden text on %s: %s%nin: %s", what, found, text).isEmpty();
  }

  /** The same check for a page of the product's plugins. */
  static void assertNone(String pageText) {
    assertNoneIn("trang", pageText);
  }
}
