package vn.gov.tasktracking.directory.internal;

import java.util.List;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.directory.UnitKind;

/**
 * A directory document as administrators write it (YAML or JSON): units and people, each row given
 * as text so that every mistake can be reported against its row and field.
 *
 * <p>Rows are merged into the directory by code or username; units and people missing from the file
 * stay as they are.
 */
public record DirectoryFile(String version, List<UnitRow> units, List<PersonRow> people) {

  public DirectoryFile {
    units = units == null ? List.of() : List.copyOf(units);
    people = people == null ? List.of() : List.copyOf(people);
  }

  /**
   * One unit. {@code kind} is a {@link UnitKind} name; {@code active} defaults to true; a dissolved
   * unit gives {@code dissolvedOn} (yyyy-MM-dd) and may name its {@code successor}.
   */
  public record UnitRow(
      String code,
      String name,
      String kind,
      String parent,
      Boolean active,
      String dissolvedOn,
      String successor) {}

  /**
   * One person. {@code roles} are {@link Role} names. {@code password} is only read to create or
   * reset the login and is never stored by the directory itself.
   */
  public record PersonRow(
      String username,
      String fullName,
      String title,
      String email,
      String phone,
      String unit,
      List<String> roles,
      Boolean active,
      String password) {

    PersonRow withPassword(String newPassword) {
      return new PersonRow(
          username, fullName, title, email, phone, unit, roles, active, newPassword);
    }
  }
}
