package vn.gov.tasktracking.directory.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.directory.Unit;

/**
 * Mirrors the directory into Camunda's identity service: a group per unit and per role, a user per
 * active person, member of their unit's group and of their roles' groups.
 */
@Component
public class IdentitySync {

  static final String UNIT_GROUP_TYPE = "UNIT";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identity;

  IdentitySync(IdentityService identity) {
    this.identity = identity;
  }

  public void ensureRoleGroups() {
    for (Role role : Role.values()) {
      String type =
          role == Role.ADMINISTRATOR ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW;
      saveGroup(role.groupId(), role.label(), type);
    }
    saveGroup(Role.PROVINCIAL_LEADER_GROUP, "Lãnh đạo UBND tỉnh", Groups.GROUP_TYPE_WORKFLOW);
  }

  public void syncUnit(Unit unit) {
    saveGroup(unit.code(), unit.name(), UNIT_GROUP_TYPE);
  }

  /**
   * @param password sets the password when given; a new user without one gets a random password
   *     that an administrator resets in Camunda Admin
   */
  public void syncPerson(Person person, String password) {
    User user = identity.createUserQuery().userId(person.username()).singleResult();
    if (!person.active()) {
      if (user != null) {
        identity.deleteUser(person.username());
      }
      return;
    }
    boolean isNew = user == null;
    if (isNew) {
      user = identity.newUser(person.username());
    }
    String fullName = person.fullName().trim();
    int lastSpace = fullName.lastIndexOf(' ');
    // Camunda shows "firstName lastName": split before the given name so the Vietnamese order
    // stays.
    // firstName = họ và tên đệm ("Triệu Văn"), lastName = tên ("Nam"); Admin and Welcome label the
    // two fields so (their vi.json), and say that the directory is where a name is changed.
    user.setFirstName(lastSpace < 0 ? "" : fullName.substring(0, lastSpace));
    user.setLastName(lastSpace < 0 ? fullName : fullName.substring(lastSpace + 1));
    user.setEmail(person.email());
    if (password != null && !password.isBlank()) {
      user.setPassword(password);
    } else if (isNew) {
      user.setPassword(randomPassword());
    }
    identity.saveUser(user);

    Set<String> wanted = new LinkedHashSet<>();
    wanted.add(person.unitCode());
    for (Role role : person.roles()) {
      wanted.add(role.groupId());
      if (role.isProvincialLeader()) {
        wanted.add(Role.PROVINCIAL_LEADER_GROUP);
      }
    }
    Set<String> current =
        identity.createGroupQuery().groupMember(person.username()).list().stream()
            .map(Group::getId)
            .collect(Collectors.toCollection(HashSet::new));
    for (String groupId : current) {
      if (!wanted.contains(groupId)) {
        identity.deleteMembership(person.username(), groupId);
      }
    }
    for (String groupId : wanted) {
      if (!current.contains(groupId)) {
        identity.createMembership(person.username(), groupId);
      }
    }
  }

  private void saveGroup(String id, String name, String type) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
    } else if (name.equals(group.getName()) && type.equals(group.getType())) {
      return;
    }
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
