package vn.gov.tasktracking.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gov.tasktracking.directory.UnitKind;
import vn.gov.tasktracking.system.InvalidInputException;
import vn.gov.tasktracking.system.InvalidInputException.Problem;

/**
 * A question to the register: any of the filters, the reference date for the status classes, a page
 * and a sort order. Built from request parameters by {@link #of}, which refuses bad ones.
 */
public record RegisterQuery(
    String unit,
    String issuer,
    String directive,
    LocalDate assignedFrom,
    LocalDate assignedTo,
    StatusClass statusClass,
    TaskStatus status,
    LocalDate at,
    String text,
    int page,
    int size,
    Sort sort,
    UnitKind unitKind,
    TaskFigure figure) {

  public static final int MAX_PAGE_SIZE = 200;

  /** A column people sort the register by, and its direction. */
  public record Sort(String field, boolean descending) {
    static final List<String> FIELDS =
        List.of("assignedOn", "deadline", "registerNumber", "unit", "status");

    public String sql() {
      String column =
          switch (field) {
            case "deadline" -> "t.current_deadline";
            case "registerNumber" -> "t.register_number";
            case "unit" -> "t.lead_unit_code";
            case "status" -> "t.status";
            default -> "t.assigned_on";
          };
      return column + (descending ? " desc" : " asc");
    }
  }

  /**
   * @throws InvalidInputException naming each parameter that is wrong
   */
  public static RegisterQuery of(
      String unit,
      String issuer,
      String directive,
      LocalDate assignedFrom,
      LocalDate assignedTo,
      String statusClass,
      String status,
      LocalDate at,
      String text,
      Integer page,
      Integer size,
      String sort,
      LocalDate today) {
    return of(
        unit,
        null,
        issuer,
        directive,
        assignedFrom,
        assignedTo,
        statusClass,
        status,
        at,
        text,
        page,
        size,
        sort,
        today);
  }

  /**
   * @param unitKind the kind of the lead unit (UnitKind's name), as the statistics by kind of unit
   *     count
   * @throws InvalidInputException naming each parameter that is wrong
   */
  public static RegisterQuery of(
      String unit,
      String unitKind,
      String issuer,
      String directive,
      LocalDate assignedFrom,
      LocalDate assignedTo,
      String statusClass,
      String status,
      LocalDate at,
      String text,
      Integer page,
      Integer size,
      String sort,
      LocalDate today) {
    return of(
        unit,
        unitKind,
        issuer,
        directive,
        assignedFrom,
        assignedTo,
        statusClass,
        null,
        status,
        at,
        text,
        page,
        size,
        sort,
        today);
  }

  /** The same query for another page of another size. */
  public RegisterQuery withPage(int newPage, int newSize) {
    return new RegisterQuery(
        unit,
        issuer,
        directive,
        assignedFrom,
        assignedTo,
        statusClass,
        status,
        at,
        text,
        newPage,
        newSize,
        sort,
        unitKind,
        figure);
  }

  /**
   * @param unitKind the kind of the lead unit (UnitKind's name), as the statistics by kind of unit
   *     count
   * @param figure a figure of the statistics (TaskFigure's name): the tasks it counts
   * @throws InvalidInputException naming each parameter that is wrong
   */
  public static RegisterQuery of(
      String unit,
      String unitKind,
      String issuer,
      String directive,
      LocalDate assignedFrom,
      LocalDate assignedTo,
      String statusClass,
      String figure,
      String status,
      LocalDate at,
      String text,
      Integer page,
      Integer size,
      String sort,
      LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    UnitKind parsedKind = parse(UnitKind.class, unitKind, "unitKind", "loại đơn vị", problems);
    if (assignedFrom != null && assignedTo != null && assignedTo.isBefore(assignedFrom)) {
      problems.add(
          new Problem(
              "assignedTo",
              "Ngày cuối kỳ (assignedTo) không được trước ngày đầu kỳ (assignedFrom)."));
    }
    TaskFigure parsedFigure =
        parse(TaskFigure.class, figure, "figure", "số liệu thống kê", problems);
    StatusClass parsedClass =
        parse(StatusClass.class, statusClass, "statusClass", "nhóm trạng thái", problems);
    TaskStatus parsedStatus = parse(TaskStatus.class, status, "status", "trạng thái", problems);
    int p = page == null ? 0 : page;
    int s = size == null ? 20 : size;
    if (p < 0) {
      problems.add(new Problem("page", "Số trang (page) phải từ 0 trở lên."));
    }
    if (s < 1 || s > MAX_PAGE_SIZE) {
      problems.add(new Problem("size", "Cỡ trang (size) phải từ 1 đến " + MAX_PAGE_SIZE + "."));
    }
    Sort parsedSort = new Sort("assignedOn", true);
    if (sort != null && !sort.isBlank()) {
      String[] parts = sort.split(",");
      String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
      if (!Sort.FIELDS.contains(parts[0].trim())
          || !(direction.equals("asc") || direction.equals("desc"))) {
        problems.add(
            new Problem(
                "sort",
                "Sắp xếp (sort) phải có dạng 'trường,asc|desc' với trường là một trong "
                    + Sort.FIELDS
                    + "."));
      } else {
        parsedSort = new Sort(parts[0].trim(), direction.equals("desc"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.get(0).message(), problems);
    }
    return new RegisterQuery(
        blankToNull(unit),
        blankToNull(issuer),
        blankToNull(directive),
        assignedFrom,
        assignedTo,
        parsedClass,
        parsedStatus,
        at == null ? today : at,
        blankToNull(text),
        p,
        s,
        parsedSort,
        parsedKind,
        parsedFigure);
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, String label, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.trim())) {
        return e;
      }
    }
    problems.add(
        new Problem(
            field,
            "Giá trị "
                + label
                + " ("
                + field
                + ") '"
                + value
                + "' không hợp lệ; dùng một trong "
                + List.of(type.getEnumConstants())
                + "."));
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
