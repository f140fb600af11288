package vn.gov.tasktracking.system;

import java.time.LocalDate;
import java.util.List;
import vn.gov.tasktracking.system.InvalidInputException.Problem;

/**
 * The rules every value a person sends must pass before it reaches the database, whatever the way
 * in (REST, a Camunda form, a directory file): a length that fits its column, no control characters
 * in text, dates within a sane range. Messages are Vietnamese and name the field.
 */
public final class InputRules {

  /** Codes: units ({@code unit.code}), statuses, kinds. */
  public static final int CODE = 32;

  /** Usernames, directive and conclusion numbers, versions ({@code varchar(64)} columns). */
  public static final int SHORT = 64;

  /** Names, titles, e-mail addresses, file names, document references ({@code varchar(255)}). */
  public static final int NAME = 255;

  /**
   * Free text (content, excerpt, reasons, comments, reports). The register's columns are unbounded,
   * but the engine keeps a step's text in a string variable of at most 4,000 characters, and the
   * task summary adds the register number, the directive and its issuer to the content.
   */
  public static final int LONG_TEXT = 3000;

  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  private InputRules() {}

  /**
   * Adds a problem when the text is longer than {@code max} or holds a control character other than
   * tab and line breaks. A missing value passes: whether it is required is the caller's rule.
   *
   * @param what the field as a person calls it, e.g. "Số, ký hiệu văn bản"
   * @return true when the value passes
   */
  public static boolean text(
      String value, int max, String field, String what, List<Problem> problems) {
    String problem = textProblem(value, max, what);
    if (problem != null) {
      problems.add(new Problem(field, problem));
    }
    return problem == null;
  }

  /**
   * The same check as {@link #text(String, int, String, String, List)}, refusing at once.
   *
   * @throws InvalidInputException naming the field
   */
  public static void requireText(String value, int max, String field, String what) {
    String problem = textProblem(value, max, what);
    if (problem != null) {
      throw InvalidInputException.of(field, problem);
    }
  }

  /** Each element of a list of short values (unit codes, usernames): present, fitting, plain. */
  public static boolean elements(
      List<String> values, int max, String field, String what, List<Problem> problems) {
    boolean valid = true;
    for (int i = 0; values != null && i < values.size(); i++) {
      String element = field + "[" + (i + 1) + "]";
      if (values.get(i) == null) {
        problems.add(new Problem(element, what + " thứ " + (i + 1) + " trống."));
        valid = false;
      } else {
        valid &= text(values.get(i), max, element, what + " thứ " + (i + 1), problems);
      }
    }
    return valid;
  }

  /** Adds a problem when the date lies outside 1900–2100; a missing date passes. */
  public static boolean date(LocalDate value, String field, String what, List<Problem> problems) {
    if (value != null && (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE))) {
      problems.add(new Problem(field, dateProblem(what, value.toString())));
      return false;
    }
    return true;
  }

  /**
   * @return the Vietnamese refusal of a date outside the range, for the field named {@code what}
   */
  public static String dateProblem(String what, String value) {
    return what
        + " '"
        + value
        + "' nằm ngoài khoảng cho phép (từ năm "
        + EARLIEST_DATE.getYear()
        + " đến năm "
        + LATEST_DATE.getYear()
        + ").";
  }

  /**
   * @return the Vietnamese refusal of a control character in a value of the field named {@code
   *     what}
   */
  public static String controlCharacterProblem(String what, int codePoint) {
    return what + " chứa ký tự điều khiển không được phép (mã U+%04X).".formatted(codePoint);
  }

  /**
   * @return the first control character other than tab, line feed and carriage return, or -1
   */
  public static int controlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return c;
      }
    }
    return -1;
  }

  private static String textProblem(String value, int max, String what) {
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      return what + " dài " + value.length() + " ký tự, vượt quá " + max + " ký tự cho phép.";
    }
    int control = controlCharacter(value);
    return control < 0 ? null : controlCharacterProblem(what, control);
  }
}
