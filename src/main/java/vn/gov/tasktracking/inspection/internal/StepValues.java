package vn.gov.tasktracking.inspection.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.gov.tasktracking.system.FormDates;
import vn.gov.tasktracking.system.InvalidInputException;

/**
 * How the inspection's steps read what Tasklist's forms send: text trimmed or absent, dates of the
 * form's date fields, lists as text one item per line, usernames separated by commas or spaces.
 */
final class StepValues {

  /** A requirement's deadline typed in a text area: day/month/year, leading zeros optional. */
  private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

  private StepValues() {}

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    // strip, not trim: trim would also drop control characters, which the inspection's checks must
    // see.
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  static LocalDate date(VariableScope scope, String name) {
    return FormDates.parse(scope.getVariable(name), name);
  }

  /** The non-empty lines of a text area. */
  static List<String> lines(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("\\r?\\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Usernames separated by commas, semicolons, spaces or lines. */
  static List<String> usernames(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * A requirement's deadline, "30/06/2026" or ISO; the row number names the line in the refusal.
   */
  static LocalDate typedDeadline(String text, int row) {
    try {
      return text.contains("/") ? LocalDate.parse(text, TYPED_DATE) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(
          "requirements",
          "Yêu cầu thứ "
              + row
              + ": thời hạn '"
              + text
              + "' không đúng dạng ngày/tháng/năm (ví dụ 30/06/2026).");
    }
  }

  /**
   * Set by the product when its API already recorded the step's work (refused from people by
   * security.StepGuard).
   */
  static boolean recordedByApi(VariableScope scope) {
    return Boolean.TRUE.equals(scope.getVariable(InspectionVariables.RECORDED_BY_API));
  }
}
