package vn.gov.tasktracking.importing.internal;

import java.util.List;

/**
 * A file refused as a whole: nothing of it was imported. Every problem found is listed, each with
 * its row (as Excel numbers it, 0 for the file itself) and its column's Vietnamese header.
 */
public class ImportRefusedException extends RuntimeException {

  /** One problem; {@code column} is the column's letter, null when the problem is not a cell's. */
  public record ImportError(int row, String column, String field, String message) {}

  private final List<ImportError> errors;

  ImportRefusedException(String message, List<ImportError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  /** A problem with the file itself (not an .xlsx, no sheet, no header row). */
  static ImportRefusedException ofFile(String message) {
    return new ImportRefusedException(message, List.of(new ImportError(0, null, "Tệp", message)));
  }

  public List<ImportError> errors() {
    return errors;
  }
}
