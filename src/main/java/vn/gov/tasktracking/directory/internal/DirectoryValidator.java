package vn.gov.tasktracking.directory.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.directory.Unit;
import vn.gov.tasktracking.directory.UnitKind;
import vn.gov.tasktracking.directory.internal.DirectoryFile.PersonRow;
import vn.gov.tasktracking.directory.internal.DirectoryFile.UnitRow;
import vn.gov.tasktracking.system.InputRules;
import vn.gov.tasktracking.system.InvalidInputException;
import vn.gov.tasktracking.system.InvalidInputException.Problem;

/**
 * Checks a directory document against itself and the directory in force, and turns it into units
 * and people. Every problem names its row (1-based, as a person counts) and field.
 */
public final class DirectoryValidator {

  /** Upper case so that a unit's group can never be mistaken for a role's group. */
  static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public record Result(List<Unit> units, List<Person> people) {}

  private final List<Problem> problems = new ArrayList<>();

  private DirectoryValidator() {}

  /**
   * @param existingUnits the units in force, by code
   * @throws InvalidInputException naming every problem found; nothing is returned then
   */
  public static Result validate(DirectoryFile file, Map<String, Unit> existingUnits) {
    return new DirectoryValidator().run(file, existingUnits);
  }

  private Result run(DirectoryFile file, Map<String, Unit> existingUnits) {
    InputRules.text(
        file.version(), InputRules.SHORT, "version", "Phiên bản tệp danh mục (version)", problems);
    Map<String, Unit> merged = new HashMap<>(existingUnits);
    List<Unit> units = new ArrayList<>();
    Set<String> seenCodes = new HashSet<>();
    for (int i = 0; i < file.units().size(); i++) {
      Unit unit = unit(i + 1, file.units().get(i), seenCodes);
      if (unit != null) {
        units.add(unit);
        merged.put(unit.code(), unit);
      }
    }
    for (int i = 0; i < file.units().size(); i++) {
      checkUnitReferences(i + 1, file.units().get(i), merged);
    }
    List<Person> people = new ArrayList<>();
    Set<String> seenUsernames = new HashSet<>();
    for (int i = 0; i < file.people().size(); i++) {
      Person person = person(i + 1, file.people().get(i), seenUsernames, merged);
      if (person != null) {
        people.add(person);
      }
    }
    if (!problems.isEmpty()) {
      String summary =
          "Dữ liệu danh mục có "
              + problems.size()
              + " lỗi, chưa áp dụng thay đổi nào. "
              + problems.get(0).message();
      throw new InvalidInputException(summary, problems);
    }
    return new Result(units, people);
  }

  private Unit unit(int row, UnitRow r, Set<String> seenCodes) {
    int before = problems.size();
    String where = "Đơn vị dòng " + row + (blank(r.code()) ? "" : " (mã '" + r.code() + "')");
    String field = "units[" + row + "].";
    if (blank(r.code())) {
      problem(field + "code", where + ": thiếu mã đơn vị (code).");
    } else if (!UNIT_CODE.matcher(r.code()).matches()) {
      problem(
          field + "code",
          where
              + ": mã đơn vị chỉ gồm chữ in hoa không dấu, chữ số, '-' hoặc '_', tối đa 32 ký tự.");
    } else if (!seenCodes.add(r.code())) {
      problem(field + "code", where + ": mã đơn vị bị trùng với một dòng trước trong tệp.");
    }
    if (blank(r.name())) {
      problem(field + "name", where + ": thiếu tên đơn vị (name).");
    }
    InputRules.text(
        r.name(), InputRules.NAME, field + "name", where + ": tên đơn vị (name)", problems);
    InputRules.text(
        r.parent(),
        InputRules.CODE,
        field + "parent",
        where + ": đơn vị cấp trên (parent)",
        problems);
    InputRules.text(
        r.successor(),
        InputRules.CODE,
        field + "successor",
        where + ": đơn vị kế thừa (successor)",
        problems);
    UnitKind kind = parseEnum(UnitKind.class, r.kind());
    if (kind == null) {
      problem(
          field + "kind",
          where
              + ": loại đơn vị (kind) '"
              + nullToEmpty(r.kind())
              + "' không hợp lệ; dùng một trong "
              + List.of(UnitKind.values())
              + ".");
    }
    boolean active = r.active() == null || r.active();
    LocalDate dissolvedOn = null;
    if (!blank(r.dissolvedOn())) {
      try {
        dissolvedOn = LocalDate.parse(r.dissolvedOn().trim());
        InputRules.date(dissolvedOn, field + "dissolvedOn", where + ": ngày giải thể", problems);
      } catch (DateTimeParseException e) {
        problem(
            field + "dissolvedOn",
            where
                + ": ngày giải thể '"
                + r.dissolvedOn()
                + "' không phải ngày hợp lệ (yyyy-MM-dd).");
      }
      if (active) {
        problem(
            field + "dissolvedOn", where + ": đơn vị còn hoạt động thì không có ngày giải thể.");
      }
    }
    if (!blank(r.successor()) && active) {
      problem(
          field + "successor",
          where + ": chỉ đơn vị đã giải thể hoặc sáp nhập mới có đơn vị kế thừa (successor).");
    }
    if (problems.size() > before) {
      return null;
    }
    return new Unit(
        r.code(),
        r.name().trim(),
        kind,
        trimToNull(r.parent()),
        active,
        dissolvedOn,
        trimToNull(r.successor()));
  }

  private void checkUnitReferences(int row, UnitRow r, Map<String, Unit> units) {
    String where = "Đơn vị dòng " + row + (blank(r.code()) ? "" : " (mã '" + r.code() + "')");
    String field = "units[" + row + "].";
    String parent = trimToNull(r.parent());
    if (parent != null) {
      if (!units.containsKey(parent)) {
        problem(
            field + "parent",
            where + ": đơn vị cấp trên '" + parent + "' không có trong danh mục.");
      } else if (leadsBackTo(r.code(), parent, units, Unit::parentCode)) {
        problem(field + "parent", where + ": đơn vị cấp trên '" + parent + "' tạo thành vòng lặp.");
      }
    }
    String successor = trimToNull(r.successor());
    if (successor != null) {
      if (!units.containsKey(successor)) {
        problem(
            field + "successor",
            where + ": đơn vị kế thừa '" + successor + "' không có trong danh mục.");
      } else if (leadsBackTo(r.code(), successor, units, Unit::successorCode)) {
        problem(
            field + "successor",
            where + ": đơn vị kế thừa '" + successor + "' tạo thành vòng lặp.");
      }
    }
  }

  private static boolean leadsBackTo(
      String code, String start, Map<String, Unit> units, Function<Unit, String> next) {
    Set<String> visited = new HashSet<>();
    for (String c = start; c != null && visited.add(c); ) {
      if (c.equals(code)) {
        return true;
      }
      Unit u = units.get(c);
      c = u == null ? null : next.apply(u);
    }
    return false;
  }

  private Person person(int row, PersonRow r, Set<String> seen, Map<String, Unit> units) {
    int before = problems.size();
    String where =
        "Người dùng dòng " + row + (blank(r.username()) ? "" : " ('" + r.username() + "')");
    String field = "people[" + row + "].";
    if (blank(r.username())) {
      problem(field + "username", where + ": thiếu tên đăng nhập (username).");
    } else if (!USERNAME.matcher(r.username()).matches()) {
      problem(
          field + "username",
          where
              + ": tên đăng nhập chỉ gồm chữ thường không dấu, chữ số, '.', '-' hoặc '_' (2–64 ký tự).");
    } else if (!seen.add(r.username())) {
      problem(field + "username", where + ": tên đăng nhập bị trùng với một dòng trước trong tệp.");
    }
    if (blank(r.fullName())) {
      problem(field + "fullName", where + ": thiếu họ và tên (fullName).");
    }
    InputRules.text(
        r.fullName(),
        InputRules.NAME,
        field + "fullName",
        where + ": họ và tên (fullName)",
        problems);
    InputRules.text(
        r.title(), InputRules.NAME, field + "title", where + ": chức vụ (title)", problems);
    InputRules.text(
        r.email(), InputRules.NAME, field + "email", where + ": thư điện tử (email)", problems);
    InputRules.text(
        r.phone(), InputRules.CODE, field + "phone", where + ": số điện thoại (phone)", problems);
    InputRules.text(
        r.password(),
        InputRules.NAME,
        field + "password",
        where + ": mật khẩu (password)",
        problems);
    InputRules.text(
        r.unit(), InputRules.CODE, field + "unit", where + ": đơn vị công tác (unit)", problems);
    if (!blank(r.email()) && !EMAIL.matcher(r.email().trim()).matches()) {
      problem(field + "email", where + ": địa chỉ thư điện tử '" + r.email() + "' không hợp lệ.");
    }
    String unitCode = trimToNull(r.unit());
    Unit unit = unitCode == null ? null : units.get(unitCode);
    if (unitCode == null) {
      problem(field + "unit", where + ": thiếu đơn vị công tác (unit).");
    } else if (unit == null) {
      problem(field + "unit", where + ": đơn vị '" + unitCode + "' không có trong danh mục.");
    } else if (!unit.active() && (r.active() == null || r.active())) {
      problem(
          field + "unit",
          where + ": đơn vị '" + unitCode + "' đã giải thể, không thể xếp người dùng vào đó.");
    }
    Set<Role> roles = new HashSet<>();
    if (r.roles() == null || r.roles().isEmpty()) {
      problem(field + "roles", where + ": cần ít nhất một vai trò (roles).");
    } else {
      for (String name : r.roles()) {
        Role.parse(name == null ? "" : name.trim())
            .ifPresentOrElse(
                roles::add,
                () ->
                    problem(
                        field + "roles",
                        where
                            + ": vai trò '"
                            + name
                            + "' không hợp lệ; dùng một trong "
                            + List.of(Role.values())
                            + "."));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new Person(
        r.username(),
        r.fullName().trim(),
        trimToNull(r.title()),
        trimToNull(r.email()),
        trimToNull(r.phone()),
        unitCode,
        Set.copyOf(roles),
        r.active() == null || r.active());
  }

  private void problem(String field, String message) {
    problems.add(new Problem(field, message));
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
    if (blank(value)) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.trim())) {
        return e;
      }
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trimToNull(String s) {
    return blank(s) ? null : s.trim();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
