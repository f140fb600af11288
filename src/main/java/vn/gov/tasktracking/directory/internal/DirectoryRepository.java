package vn.gov.tasktracking.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.directory.Unit;
import vn.gov.tasktracking.directory.UnitKind;

/** The directory tables. */
@Repository
public class DirectoryRepository {

  private final JdbcClient jdbc;

  DirectoryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean isEmpty() {
    return jdbc.sql("select count(*) from unit").query(Long.class).single() == 0;
  }

  public List<Unit> units() {
    return jdbc.sql("select * from unit order by code").query(DirectoryRepository::unit).list();
  }

  public Map<String, Unit> unitsByCode() {
    Map<String, Unit> byCode = new LinkedHashMap<>();
    units().forEach(u -> byCode.put(u.code(), u));
    return byCode;
  }

  public Optional<Unit> unit(String code) {
    return jdbc.sql("select * from unit where code = ?")
        .param(code)
        .query(DirectoryRepository::unit)
        .optional();
  }

  /**
   * Inserts or updates the units; parents and successors are set last so rows may come in any
   * order.
   */
  public void saveUnits(List<Unit> units) {
    Timestamp now = Timestamp.from(Instant.now());
    for (Unit u : units) {
      int updated =
          jdbc.sql(
                  "update unit set name = ?, kind = ?, active = ?, dissolved_on = ?, updated_at = ? where code = ?")
              .params(u.name(), u.kind().name(), u.active(), u.dissolvedOn(), now, u.code())
              .update();
      if (updated == 0) {
        jdbc.sql(
                "insert into unit (code, name, kind, active, dissolved_on, updated_at) values (?, ?, ?, ?, ?, ?)")
            .params(u.code(), u.name(), u.kind().name(), u.active(), u.dissolvedOn(), now)
            .update();
      }
    }
    for (Unit u : units) {
      jdbc.sql("update unit set parent_code = ?, successor_code = ? where code = ?")
          .params(u.parentCode(), u.successorCode(), u.code())
          .update();
    }
  }

  /** People with their roles, in one query: other capabilities ask this on every step of a task. */
  public List<Person> people(String unitCode) {
    String sql =
        "select p.*, r.role from person p left join person_role r on r.username = p.username"
            + (unitCode == null ? "" : " where p.unit_code = :unit")
            + " order by p.username";
    var statement = jdbc.sql(sql);
    if (unitCode != null) {
      statement = statement.param("unit", unitCode);
    }
    Map<String, Person> byUsername = new LinkedHashMap<>();
    Map<String, Set<Role>> roles = new HashMap<>();
    statement.query(
        (ResultSet rs) -> {
          String username = rs.getString("username");
          if (!byUsername.containsKey(username)) {
            byUsername.put(username, person(rs, Set.of()));
          }
          String role = rs.getString("role");
          if (role != null) {
            roles
                .computeIfAbsent(username, k -> EnumSet.noneOf(Role.class))
                .add(Role.valueOf(role));
          }
        });
    return byUsername.values().stream()
        .map(p -> withRoles(p, roles.getOrDefault(p.username(), Set.of())))
        .toList();
  }

  public Optional<Person> person(String username) {
    return jdbc.sql("select * from person where username = ?")
        .param(username)
        .query((rs, n) -> person(rs, Set.of()))
        .optional()
        .map(p -> withRoles(p, roles(username)));
  }

  public void savePeople(List<Person> people) {
    Timestamp now = Timestamp.from(Instant.now());
    for (Person p : people) {
      int updated =
          jdbc.sql(
                  """
                  update person set full_name = ?, title = ?, email = ?, phone = ?, unit_code = ?,
                         active = ?, updated_at = ?
                   where username = ?""")
              .params(
                  p.fullName(),
                  p.title(),
                  p.email(),
                  p.phone(),
                  p.unitCode(),
                  p.active(),
                  now,
                  p.username())
              .update();
      if (updated == 0) {
        jdbc.sql(
                """
                insert into person (username, full_name, title, email, phone, unit_code, active, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(
                p.username(),
                p.fullName(),
                p.title(),
                p.email(),
                p.phone(),
                p.unitCode(),
                p.active(),
                now)
            .update();
      }
      jdbc.sql("delete from person_role where username = ?").param(p.username()).update();
      for (Role role : p.roles()) {
        jdbc.sql("insert into person_role (username, role) values (?, ?)")
            .params(p.username(), role.name())
            .update();
      }
    }
  }

  public void recordImport(
      String source, String version, int units, int people, String importedBy) {
    jdbc.sql(
            """
            insert into directory_import (source, version, units, people, imported_by, imported_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(source, version, units, people, importedBy, Timestamp.from(Instant.now()))
        .update();
  }

  public List<Map<String, Object>> imports() {
    return jdbc.sql("select * from directory_import order by id desc").query().listOfRows();
  }

  private Set<Role> roles(String username) {
    return toSet(
        jdbc.sql("select role from person_role where username = ?")
            .param(username)
            .query(String.class)
            .list());
  }

  private static Set<Role> toSet(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    names.forEach(n -> roles.add(Role.valueOf(n)));
    return roles;
  }

  private static Person withRoles(Person p, Set<Role> roles) {
    return new Person(
        p.username(),
        p.fullName(),
        p.title(),
        p.email(),
        p.phone(),
        p.unitCode(),
        Set.copyOf(roles),
        p.active());
  }

  private static Unit unit(ResultSet rs, int row) throws SQLException {
    java.sql.Date dissolved = rs.getDate("dissolved_on");
    return new Unit(
        rs.getString("code"),
        rs.getString("name"),
        UnitKind.valueOf(rs.getString("kind")),
        rs.getString("parent_code"),
        rs.getBoolean("active"),
        dissolved == null ? null : dissolved.toLocalDate(),
        rs.getString("successor_code"));
  }

  private static Person person(ResultSet rs, Set<Role> roles) throws SQLException {
    return new Person(
        rs.getString("username"),
        rs.getString("full_name"),
        rs.getString("title"),
        rs.getString("email"),
        rs.getString("phone"),
        rs.getString("unit_code"),
        roles,
        rs.getBoolean("active"));
  }
}
