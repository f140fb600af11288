package vn.gov.tasktracking.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.directory.Unit;
import vn.gov.tasktracking.directory.UnitKind;
import vn.gov.tasktracking.directory.internal.DirectoryFile.PersonRow;
import vn.gov.tasktracking.directory.internal.DirectoryFile.UnitRow;
import vn.gov.tasktracking.system.InvalidInputException;

class DirectoryValidatorTest {

  private static final Map<String, Unit> EXISTING =
      Map.of(
          "VPUBND",
          new Unit(
              "VPUBND", "Văn phòng UBND tỉnh", UnitKind.PROVINCIAL_OFFICE, null, true, null, null),
          "CU",
          new Unit(
              "CU",
              "Sở cũ",
              UnitKind.DEPARTMENT,
              null,
              false,
              java.time.LocalDate.of(2025, 3, 1),
              null));

  @Test
  void acceptsUnitsReferringToEachOtherInAnyOrderAndPeopleOfThem() {
    DirectoryFile file =
        new DirectoryFile(
            "1",
            List.of(
                unit("XA", "COMMUNE_COMMITTEE", "HUYEN"),
                unit("HUYEN", "DISTRICT_COMMITTEE", null)),
            List.of(person("xa.chuyenvien", "XA", "OFFICER", "focal_point")));

    DirectoryValidator.Result result = DirectoryValidator.validate(file, EXISTING);

    assertThat(result.units()).extracting(Unit::code).containsExactly("XA", "HUYEN");
    assertThat(result.people().get(0).roles())
        .containsExactlyInAnyOrder(Role.OFFICER, Role.FOCAL_POINT);
  }

  @Test
  void refusesDuplicateCodeNamingTheRow() {
    DirectoryFile file =
        new DirectoryFile(
            "1",
            List.of(unit("SXD", "DEPARTMENT", null), unit("SXD", "DEPARTMENT", null)),
            List.of());

    assertThatThrownBy(() -> DirectoryValidator.validate(file, EXISTING))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.field()).isEqualTo("units[2].code");
                          assertThat(p.message())
                              .contains("dòng 2")
                              .contains("SXD")
                              .contains("trùng");
                        }));
  }

  @Test
  void refusesUnknownParentAndParentCycles() {
    DirectoryFile unknown =
        new DirectoryFile("1", List.of(unit("XA", "COMMUNE_COMMITTEE", "KHONGCO")), List.of());
    DirectoryFile cycle =
        new DirectoryFile(
            "1", List.of(unit("A", "DEPARTMENT", "B"), unit("B", "DEPARTMENT", "A")), List.of());

    assertThat(problems(unknown))
        .extracting(InvalidInputException.Problem::field)
        .containsExactly("units[1].parent");
    assertThat(problems(cycle))
        .extracting(InvalidInputException.Problem::message)
        .allMatch(m -> m.contains("vòng lặp"));
  }

  @Test
  void refusesPersonInUnknownOrDissolvedUnitAndUnknownRoles() {
    DirectoryFile file =
        new DirectoryFile(
            "1",
            List.of(),
            List.of(
                person("a.b", "KHONGCO", "OFFICER"),
                person("c.d", "CU", "OFFICER"),
                person("e.f", "VPUBND", "GIAMDOC")));

    assertThat(problems(file))
        .extracting(InvalidInputException.Problem::field)
        .containsExactly("people[1].unit", "people[2].unit", "people[3].roles");
  }

  @Test
  void refusesBadCodesKindsDatesAndEmails() {
    DirectoryFile file =
        new DirectoryFile(
            "1",
            List.of(
                new UnitRow("sxd thuong", "Tên", "DEPARTMENT", null, true, null, null),
                new UnitRow("HUYEN", "Tên", "TINH", null, true, null, null),
                new UnitRow("GT", "Tên", "DEPARTMENT", null, false, "2025-02-30", null)),
            List.of(
                new PersonRow(
                    "Chữ Hoa",
                    "Tên",
                    null,
                    "khong-phai-email",
                    null,
                    "VPUBND",
                    List.of("OFFICER"),
                    true,
                    null)));

    assertThat(problems(file))
        .extracting(InvalidInputException.Problem::field)
        .containsExactly(
            "units[1].code",
            "units[2].kind",
            "units[3].dissolvedOn",
            "people[1].username",
            "people[1].email");
  }

  @Test
  void successorIsOnlyForADissolvedUnit() {
    DirectoryFile file =
        new DirectoryFile(
            "1",
            List.of(new UnitRow("A", "Sở A", "DEPARTMENT", null, true, null, "VPUBND")),
            List.of());

    assertThat(problems(file))
        .extracting(InvalidInputException.Problem::field)
        .containsExactly("units[1].successor");
  }

  private static List<InvalidInputException.Problem> problems(DirectoryFile file) {
    try {
      DirectoryValidator.validate(file, EXISTING);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("the file was accepted");
  }

  private static UnitRow unit(String code, String kind, String parent) {
    return new UnitRow(code, "Đơn vị " + code, kind, parent, null, null, null);
  }

  private static PersonRow person(String username, String unit, String... roles) {
    return new PersonRow(
        username, "Người " + username, null, null, null, unit, List.of(roles), null, null);
  }
}
