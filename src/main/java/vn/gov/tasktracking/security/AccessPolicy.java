package vn.gov.tasktracking.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.system.SystemWork;

/**
 * Who may read and do what: the product's access rules, one copy each, as plain rules over who is
 * calling. Services ask here ({@link CurrentUser#policy()}) and refuse with their own Vietnamese
 * message.
 *
 * <p>Denies by default: a caller without a signed-in user is refused everything, unless the code
 * runs as the system's own work ({@link SystemWork#run}/{@link SystemWork#call}, or {@link
 * CurrentUser#runAsProduct}), which the job executor, the start-up work and the product's own
 * engine calls declare explicitly.
 */
public final class AccessPolicy {

  /** Roles that read the whole register and every inspection. */
  private static final List<Role> SEE_EVERYTHING =
      List.of(
          Role.OFFICE_SPECIALIST,
          Role.CHAIRMAN,
          Role.VICE_CHAIRMAN,
          Role.WORKING_GROUP_MEMBER,
          Role.ADMINISTRATOR);

  /**
   * Who is calling: a signed-in person (username and Camunda groups), or nobody; {@code systemWork}
   * tells whether the thread runs the system's own work.
   */
  public record Caller(String username, List<String> groups, boolean systemWork) {
    public Caller {
      groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /**
     * The caller as the thread stands: the person given, and whether it runs inside {@link
     * SystemWork}.
     */
    public static Caller of(String username, List<String> groups) {
      return new Caller(username, groups, SystemWork.active());
    }

    /** The system's own work, with no person. */
    public static Caller system() {
      return new Caller(null, List.of(), true);
    }

    /** Work of the system on its own behalf: no person, and declared as system work. */
    public boolean isSystem() {
      return username == null && systemWork;
    }

    public boolean hasRole(Role role) {
      return username != null && groups.contains(role.groupId());
    }

    public boolean isInGroup(String groupId) {
      return username != null && groups.contains(groupId);
    }

    /** Whether the caller is this person. */
    public boolean is(String person) {
      return username != null && username.equals(person);
    }
  }

  /** Which units' records a caller reads: all of them, or those listed (each once). */
  public record Visibility(boolean all, List<String> units) {
    public Visibility {
      units = units == null ? List.of() : List.copyOf(units);
    }

    public boolean includes(String unit) {
      return all || units.contains(unit);
    }

    public boolean includesAny(Collection<String> some) {
      return all || some.stream().anyMatch(units::contains);
    }

    /** As the register's query takes it: null for all units. */
    public List<String> unitsOrNullForAll() {
      return all ? null : units;
    }
  }

  private final Caller caller;
  private final Function<String, Optional<String>> unitOfGroup;

  /**
   * @param unitOfGroup the unit code a Camunda group stands for (a unit's group is its code), empty
   *     for the role groups
   */
  public AccessPolicy(Caller caller, Function<String, Optional<String>> unitOfGroup) {
    this.caller = caller;
    this.unitOfGroup = unitOfGroup;
  }

  public Caller caller() {
    return caller;
  }

  // ---- Reading -------------------------------------------------------------------------------

  /**
   * The Office, the provincial leaders, the working group and administrators read everything; so
   * does the system.
   */
  public boolean seesEverything() {
    return caller.isSystem() || SEE_EVERYTHING.stream().anyMatch(caller::hasRole);
  }

  /**
   * The units whose tasks and inspections the caller reads: all, or the units among their groups.
   */
  public Visibility visibility() {
    if (seesEverything()) {
      return new Visibility(true, List.of());
    }
    Set<String> units = new LinkedHashSet<>();
    if (caller.username() != null) {
      for (String group : caller.groups()) {
        unitOfGroup.apply(group).ifPresent(units::add);
      }
    }
    return new Visibility(false, List.copyOf(units));
  }

  /** A unit reads the tasks it leads or coordinates. */
  public boolean mayReadTask(String leadUnit, Collection<String> coordinatingUnits) {
    Visibility visible = visibility();
    return visible.includes(leadUnit) || visible.includesAny(coordinatingUnits);
  }

  /** An inspection is read by those who read its unit, and by its working group. */
  public boolean mayReadInspection(String unit, Collection<String> workingGroup) {
    return visibility().includes(unit)
        || (caller.username() != null && workingGroup.contains(caller.username()));
  }

  // ---- Tasks ---------------------------------------------------------------------------------

  /**
   * Who works a task through the product's API besides Camunda's own checks: those who see
   * everything, and the unit's people.
   */
  public boolean mayWorkOnTask(String leadUnit, String officer) {
    return seesEverything() || isUnitPerson(leadUnit, officer);
  }

  /**
   * Who asks for an extension: the task's officer, or a focal point or leader of the lead unit (not
   * the Office or leaders).
   */
  public boolean mayAskExtension(String leadUnit, String officer) {
    return isUnitPerson(leadUnit, officer);
  }

  private boolean isUnitPerson(String leadUnit, String officer) {
    return caller.is(officer)
        || (caller.isInGroup(leadUnit)
            && (caller.hasRole(Role.UNIT_LEADER) || caller.hasRole(Role.FOCAL_POINT)));
  }

  /**
   * Who decides for the one who gave a task: the Vice-Chairman who gave it; for the committee's and
   * the Chairman's tasks, the Chairman.
   *
   * @param issuerKey the directive's issuer key (a Vice-Chairman's username)
   */
  public boolean decidesForIssuer(boolean givenByViceChairman, String issuerKey) {
    return caller.is(issuerKey) || (!givenByViceChairman && caller.hasRole(Role.CHAIRMAN));
  }

  /** The issuer (see {@link #decidesForIssuer}) or the Office withdraws a task. */
  public boolean mayWithdraw(boolean givenByViceChairman, String issuerKey) {
    return caller.hasRole(Role.OFFICE_SPECIALIST)
        || decidesForIssuer(givenByViceChairman, issuerKey);
  }

  /**
   * The Office keeps the register: it registers directives, imports older tasks and reads the
   * notifications' delivery log; so may the administrator.
   */
  public boolean keepsTheRegister() {
    return caller.hasRole(Role.OFFICE_SPECIALIST) || caller.hasRole(Role.ADMINISTRATOR);
  }

  public boolean isAdministrator() {
    return caller.hasRole(Role.ADMINISTRATOR);
  }

  // ---- Inspections ---------------------------------------------------------------------------

  /** The Office plans inspections (and the administrator); the system for its own work. */
  public boolean mayPlanInspection() {
    return caller.isSystem()
        || caller.hasRole(Role.OFFICE_SPECIALIST)
        || caller.hasRole(Role.ADMINISTRATOR);
  }

  /** The unit's report: its leaders and focal points, or the Office for them. */
  public boolean mayReportFor(String unit) {
    return caller.isSystem()
        || caller.hasRole(Role.OFFICE_SPECIALIST)
        || (caller.isInGroup(unit)
            && (caller.hasRole(Role.UNIT_LEADER) || caller.hasRole(Role.FOCAL_POINT)));
  }

  /** The leader of the working group issues the conclusion. */
  public boolean mayConclude(String leader) {
    return caller.isSystem() || caller.is(leader);
  }

  /** The leader the Office sent a petition to answers it. */
  public boolean mayAnswerPetition(String decider) {
    return caller.isSystem() || caller.is(decider);
  }
}
