package vn.gov.tasktracking.importing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.IssuerKind;
import vn.gov.tasktracking.assignment.TaskStatus;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.directory.Unit;
import vn.gov.tasktracking.importing.internal.ImportRefusedException.ImportError;
import vn.gov.tasktracking.importing.internal.TaskWorkbook.RawCell;
import vn.gov.tasktracking.importing.internal.TaskWorkbook.RawRow;
import vn.gov.tasktracking.system.InputRules;

/**
 * The checks of every row of an import sheet against the directory and today's date, without the
 * database: each problem is collected with its row and column, so one answer lists them all.
 */
public final class ImportRules {

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  /** Older than this is a typing error, not a record of the province. */
  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  /** Who gave a directive, as {@code directive} records it. */
  public record Issuer(IssuerKind kind, String key, String name) {}

  /** A row that passed every check; {@code officer} only for an open task. */
  public record ImportedRow(
      int row,
      String directiveNumber,
      LocalDate directiveDate,
      Issuer issuer,
      String excerpt,
      String content,
      String unitCode,
      LocalDate assignedOn,
      LocalDate deadline,
      LocalDate completedOn,
      LocalDate withdrawnOn,
      String officer,
      Map<ImportColumn, String> letters) {

    /**
     * Completed or withdrawn as the file says; an open task waits for its unit, or works with its
     * officer.
     */
    public TaskStatus status() {
      if (completedOn != null) {
        return TaskStatus.COMPLETED;
      }
      if (withdrawnOn != null) {
        return TaskStatus.WITHDRAWN;
      }
      return officer != null ? TaskStatus.IN_PROGRESS : TaskStatus.WAITING_RECEIPT;
    }

    /**
     * Rows of one directive share this key, as the register's unique key (issuer, number, year of
     * issue).
     */
    public String directiveKey() {
      return ImportRules.directiveKey(issuer.key(), directiveNumber, directiveDate);
    }

    /** The directive as people name it: its number with its date. */
    String directive() {
      return directiveNumber + " ngày " + vietnameseDate(directiveDate);
    }

    /** A problem of one of this row's cells, with the cell's column letter. */
    public ImportError error(ImportColumn column, String message) {
      return new ImportError(
          row,
          letters.get(column),
          column.header(),
          "Dòng " + row + ", cột «" + column.header() + "»: " + message);
    }
  }

  /** A directive's identity: numbers restart every year, so the year of issue is part of it. */
  public static String directiveKey(String issuerKey, String number, LocalDate issuedOn) {
    return issuerKey + "\u0000" + number + "\u0000" + issuedOn.getYear();
  }

  private final Map<String, Unit> unitsByCode = new HashMap<>();
  private final Map<String, Unit> unitsByName = new HashMap<>();
  private final List<Person> people;
  private final LocalDate today;

  public ImportRules(List<Unit> units, List<Person> people, LocalDate today) {
    for (Unit unit : units) {
      unitsByCode.put(unit.code().toUpperCase(Locale.ROOT), unit);
      unitsByName.put(ImportColumn.normalize(unit.name()), unit);
    }
    this.people = people;
    this.today = today;
  }

  /**
   * @return every row checked, in the order of the file
   * @throws ImportRefusedException listing every problem of every row
   */
  public List<ImportedRow> check(List<RawRow> rows) {
    List<ImportError> errors = new ArrayList<>();
    List<ImportedRow> checked = new ArrayList<>();
    Map<String, ImportedRow> firstOfDirective = new HashMap<>();
    Map<String, Integer> seenTasks = new HashMap<>();
    for (RawRow raw : rows) {
      Row row = new Row(raw, errors);
      ImportedRow task = row.check();
      if (task == null) {
        continue;
      }
      ImportedRow first = firstOfDirective.putIfAbsent(task.directiveKey(), task);
      if (first != null && !first.directiveDate().equals(task.directiveDate())) {
        row.error(
            ImportColumn.DIRECTIVE_DATE,
            "ngày văn bản "
                + vietnameseDate(task.directiveDate())
                + " khác với dòng "
                + first.row()
                + " của cùng văn bản "
                + task.directiveNumber()
                + " ("
                + vietnameseDate(first.directiveDate())
                + "): một người giao không ban hành hai văn bản cùng số trong cùng năm "
                + task.directiveDate().getYear()
                + ".");
        continue;
      }
      String taskKey =
          task.directiveKey()
              + "\u0000"
              + task.unitCode()
              + "\u0000"
              + ImportColumn.contentKey(task.content());
      Integer same = seenTasks.putIfAbsent(taskKey, task.row());
      if (same != null) {
        row.error(
            ImportColumn.CONTENT,
            "trùng với dòng " + same + " (cùng văn bản, cùng đơn vị chủ trì, cùng nội dung).");
        continue;
      }
      checked.add(task);
    }
    if (!errors.isEmpty()) {
      throw refused(errors);
    }
    return checked;
  }

  public static ImportRefusedException refused(List<ImportError> errors) {
    return new ImportRefusedException(
        "Tệp có "
            + errors.size()
            + " lỗi; chưa nhập nhiệm vụ nào. Sửa các dòng được nêu rồi tải lên lại.",
        errors);
  }

  /** The checks of one row; problems go to the shared list. */
  private final class Row {
    private final RawRow raw;
    private final List<ImportError> errors;
    private final int before;

    Row(RawRow raw, List<ImportError> errors) {
      this.raw = raw;
      this.errors = errors;
      this.before = errors.size();
    }

    public ImportedRow check() {
      String number = text(ImportColumn.DIRECTIVE_NUMBER, 64);
      LocalDate directiveDate = date(ImportColumn.DIRECTIVE_DATE);
      Issuer issuer = issuer();
      String excerpt = text(ImportColumn.EXCERPT, InputRules.LONG_TEXT);
      String content = text(ImportColumn.CONTENT, InputRules.LONG_TEXT);
      Unit unit = unit();
      LocalDate assignedOn = date(ImportColumn.ASSIGNED_ON);
      LocalDate deadline = date(ImportColumn.DEADLINE);
      LocalDate completedOn = date(ImportColumn.COMPLETED_ON);
      LocalDate withdrawnOn = date(ImportColumn.WITHDRAWN_ON);
      String officer = text(ImportColumn.OFFICER, 64);

      notAfterToday(ImportColumn.DIRECTIVE_DATE, directiveDate);
      LocalDate assigned = assignedOn != null ? assignedOn : directiveDate;
      if (assignedOn != null && directiveDate != null && assignedOn.isBefore(directiveDate)) {
        error(
            ImportColumn.ASSIGNED_ON,
            "ngày giao "
                + vietnameseDate(assignedOn)
                + " trước ngày văn bản "
                + vietnameseDate(directiveDate)
                + ".");
      }
      notAfterToday(ImportColumn.ASSIGNED_ON, assignedOn);
      notBeforeAssignment(ImportColumn.DEADLINE, "thời hạn", deadline, assigned);
      notBeforeAssignment(ImportColumn.COMPLETED_ON, "ngày hoàn thành", completedOn, assigned);
      notAfterToday(ImportColumn.COMPLETED_ON, completedOn);
      notBeforeAssignment(ImportColumn.WITHDRAWN_ON, "ngày rút/hủy", withdrawnOn, assigned);
      notAfterToday(ImportColumn.WITHDRAWN_ON, withdrawnOn);
      if (completedOn != null && withdrawnOn != null) {
        error(
            ImportColumn.WITHDRAWN_ON,
            "nhiệm vụ đã hoàn thành thì không ghi ngày rút/hủy (chỉ ghi một trong hai).");
      }
      boolean open = completedOn == null && withdrawnOn == null;
      if (unit != null && open && !unit.active()) {
        error(
            ImportColumn.LEAD_UNIT,
            "đơn vị '"
                + unit.name()
                + "' đã giải thể, nhiệm vụ chưa hoàn thành phải giao cho đơn vị đang hoạt động"
                + (unit.successorCode() == null
                    ? "."
                    : " (đơn vị kế thừa: " + unit.successorCode() + ")."));
      }
      if (officer != null && unit != null) {
        officer = officer(officer, unit, open);
      }
      if (errors.size() > before) {
        return null;
      }
      Map<ImportColumn, String> letters = new java.util.EnumMap<>(ImportColumn.class);
      for (ImportColumn column : ImportColumn.values()) {
        RawCell cell = raw.cell(column);
        if (cell != null) {
          letters.put(column, cell.letter());
        }
      }
      return new ImportedRow(
          raw.row(),
          number,
          directiveDate,
          issuer,
          excerpt,
          content,
          unit.code(),
          assigned,
          deadline,
          completedOn,
          withdrawnOn,
          open ? officer : null,
          letters);
    }

    public void error(ImportColumn column, String message) {
      RawCell cell = raw.cell(column);
      String letter = cell == null ? null : cell.letter();
      errors.add(
          new ImportError(
              raw.row(),
              letter,
              column.header(),
              "Dòng " + raw.row() + ", cột «" + column.header() + "»: " + message));
    }

    private String text(ImportColumn column, int maxLength) {
      RawCell cell = raw.cell(column);
      if (cell == null || cell.blank()) {
        if (column.required()) {
          error(column, "chưa ghi (bắt buộc).");
        }
        return null;
      }
      String text = cell.text().replaceAll("\\s+", " ").trim();
      if (text.length() > maxLength) {
        error(column, "dài quá " + maxLength + " ký tự.");
        return null;
      }
      int control = InputRules.controlCharacter(text);
      if (control >= 0) {
        error(column, InputRules.controlCharacterProblem("giá trị", control));
        return null;
      }
      return text;
    }

    private LocalDate date(ImportColumn column) {
      RawCell cell = raw.cell(column);
      if (cell == null || cell.blank()) {
        if (column.required()) {
          error(column, "chưa ghi ngày (bắt buộc).");
        }
        return null;
      }
      LocalDate date = cell.date();
      if (date == null && !cell.number()) {
        try {
          date = LocalDate.parse(cell.text().trim(), DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
          error(
              column,
              "'"
                  + cell.text()
                  + "' không phải ngày có thật dạng ngày/tháng/năm (ví dụ 25/11/2026).");
          return null;
        }
      }
      if (date == null) {
        error(
            column,
            "'"
                + cell.text()
                + "' là số, không phải ngày: ghi dạng dd/MM/yyyy hoặc định dạng ô là ngày.");
        return null;
      }
      if (date.isBefore(EARLIEST)) {
        error(column, "ngày " + vietnameseDate(date) + " trước năm 1990, có thể ghi nhầm.");
        return null;
      }
      if (date.isAfter(InputRules.LATEST_DATE)) {
        error(column, InputRules.dateProblem("ngày", vietnameseDate(date)));
        return null;
      }
      return date;
    }

    private void notAfterToday(ImportColumn column, LocalDate date) {
      if (date != null && date.isAfter(today)) {
        error(
            column,
            "ngày " + vietnameseDate(date) + " sau ngày hôm nay (" + vietnameseDate(today) + ").");
      }
    }

    private void notBeforeAssignment(
        ImportColumn column, String what, LocalDate date, LocalDate assigned) {
      if (date != null && assigned != null && date.isBefore(assigned)) {
        error(
            column,
            what
                + " "
                + vietnameseDate(date)
                + " trước ngày giao "
                + vietnameseDate(assigned)
                + ".");
      }
    }

    private Unit unit() {
      String value = text(ImportColumn.LEAD_UNIT, 255);
      if (value == null) {
        return null;
      }
      Unit unit = unitsByCode.get(value.toUpperCase(Locale.ROOT));
      if (unit == null) {
        unit = unitsByName.get(ImportColumn.normalize(value));
      }
      if (unit == null) {
        error(
            ImportColumn.LEAD_UNIT,
            "'"
                + value
                + "' không có trong danh mục đơn vị (ghi mã như SXD hoặc tên đầy đủ như Sở Xây dựng).");
      }
      return unit;
    }

    private Issuer issuer() {
      String value = text(ImportColumn.ISSUER, 255);
      if (value == null) {
        return null;
      }
      String name = ImportColumn.normalize(value);
      if (List.of("ubnd tỉnh", "ubnd", "ủy ban nhân dân tỉnh", "uỷ ban nhân dân tỉnh")
          .contains(name)) {
        return new Issuer(
            IssuerKind.COMMITTEE, AssignmentService.COMMITTEE_KEY, IssuerKind.COMMITTEE.label());
      }
      if (List.of("chủ tịch", "chủ tịch ubnd tỉnh", "chủ tịch ủy ban nhân dân tỉnh").contains(name)
          || leader(name, Role.CHAIRMAN, "chủ tịch ubnd tỉnh ", "chủ tịch ").isPresent()) {
        return new Issuer(
            IssuerKind.CHAIRMAN, AssignmentService.CHAIRMAN_KEY, IssuerKind.CHAIRMAN.label());
      }
      Optional<Person> vice =
          leader(name, Role.VICE_CHAIRMAN, "phó chủ tịch ubnd tỉnh ", "phó chủ tịch ", "pct ");
      if (vice.isPresent()) {
        return new Issuer(
            IssuerKind.VICE_CHAIRMAN,
            vice.get().username(),
            IssuerKind.VICE_CHAIRMAN.label() + " " + vice.get().fullName());
      }
      error(
          ImportColumn.ISSUER,
          "'"
              + value
              + "' không phải \"UBND tỉnh\", Chủ tịch hay một Phó Chủ tịch UBND tỉnh trong danh mục"
              + " (ghi họ tên hoặc tên đăng nhập của Phó Chủ tịch).");
      return null;
    }

    /**
     * A leader of the role, named by username or full name, with or without the title before it.
     */
    private Optional<Person> leader(String name, Role role, String... titles) {
      List<String> candidates = new ArrayList<>(List.of(name));
      for (String title : titles) {
        if (name.startsWith(title)) {
          candidates.add(name.substring(title.length()).trim());
        }
      }
      return people.stream()
          .filter(p -> p.roles().contains(role))
          .filter(
              p ->
                  candidates.contains(p.username().toLowerCase(Locale.ROOT))
                      || candidates.contains(ImportColumn.normalize(p.fullName())))
          .findFirst();
    }

    /**
     * The officer must be someone the directory knows; for an open task, working in the lead unit
     * now. Who did a closed task years ago may have moved or left since.
     */
    private String officer(String username, Unit unit, boolean open) {
      Optional<Person> person =
          people.stream().filter(p -> p.username().equalsIgnoreCase(username)).findFirst();
      if (person.isEmpty() || (open && !person.get().unitCode().equals(unit.code()))) {
        error(
            ImportColumn.OFFICER,
            "'"
                + username
                + "' không phải cán bộ của "
                + unit.name()
                + " trong danh mục (ghi tên đăng nhập).");
        return null;
      }
      if (open && !person.get().active()) {
        error(
            ImportColumn.OFFICER,
            "cán bộ '"
                + username
                + "' đã thôi công tác; nhiệm vụ chưa hoàn thành cần cán bộ đang làm việc hoặc để trống.");
        return null;
      }
      return person.get().username();
    }
  }

  public static String vietnameseDate(LocalDate date) {
    return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }
}
