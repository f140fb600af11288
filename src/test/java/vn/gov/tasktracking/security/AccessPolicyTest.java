package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.security.AccessPolicy.Caller;
import vn.gov.tasktracking.system.SystemWork;

/**
 * The access rules as plain rules: who is calling in, allowed or refused out; no Spring, no engine.
 */
class AccessPolicyTest {

  /** The directory's units, by their group: SXD and STC are units, role groups are not. */
  private static final Set<String> UNITS = Set.of("SXD", "STC", "VPUBND");

  private static AccessPolicy policy(Caller caller) {
    return new AccessPolicy(
        caller, group -> UNITS.contains(group) ? Optional.of(group) : Optional.empty());
  }

  private static AccessPolicy person(String username, String... groups) {
    return policy(new Caller(username, List.of(groups), false));
  }

  private static final AccessPolicy NOBODY = policy(new Caller(null, List.of(), false));
  private static final AccessPolicy SYSTEM = policy(Caller.system());

  @Test
  void refusesEverythingToACallerWithoutUserOutsideSystemWork() {
    assertThat(NOBODY.seesEverything()).isFalse();
    assertThat(NOBODY.visibility().all()).isFalse();
    assertThat(NOBODY.visibility().units()).isEmpty();
    assertThat(NOBODY.mayReadTask("SXD", List.of())).isFalse();
    assertThat(NOBODY.mayReadInspection("SXD", List.of("tct.truong"))).isFalse();
    assertThat(NOBODY.mayWorkOnTask("SXD", null)).isFalse();
    assertThat(NOBODY.mayPlanInspection()).isFalse();
    assertThat(NOBODY.mayReportFor("SXD")).isFalse();
    assertThat(NOBODY.mayConclude("tct.truong")).isFalse();
    assertThat(NOBODY.mayAnswerPetition("chu.tich")).isFalse();
    assertThat(NOBODY.mayWithdraw(false, "CHU_TICH")).isFalse();
    assertThat(NOBODY.isAdministrator()).isFalse();
  }

  @Test
  void allowsTheSystemsOwnWorkWhenItSaysSo() {
    assertThat(SYSTEM.seesEverything()).isTrue();
    assertThat(SYSTEM.visibility().unitsOrNullForAll()).isNull();
    assertThat(SYSTEM.mayReadTask("SXD", List.of())).isTrue();
    assertThat(SYSTEM.mayReadInspection("SXD", List.of())).isTrue();
    assertThat(SYSTEM.mayWorkOnTask("SXD", null)).isTrue();
    assertThat(SYSTEM.mayPlanInspection()).isTrue();
    assertThat(SYSTEM.mayReportFor("SXD")).isTrue();
    assertThat(SYSTEM.mayConclude("tct.truong")).isTrue();
    assertThat(SYSTEM.mayAnswerPetition("chu.tich")).isTrue();
  }

  @Test
  void readsTheThreadsSystemWorkMark() {
    assertThat(policy(Caller.of(null, List.of())).mayPlanInspection()).isFalse();
    boolean insideSystemWork =
        SystemWork.call(() -> policy(Caller.of(null, List.of())).mayPlanInspection());
    assertThat(insideSystemWork).isTrue();
    // A person inside system work (the product completing their step) keeps their own rules.
    boolean personInside =
        SystemWork.call(
            () -> policy(Caller.of("cv.sxd", List.of("officer", "SXD"))).mayPlanInspection());
    assertThat(personInside).isFalse();
  }

  @Test
  void theOfficeLeadersWorkingGroupAndAdministratorsSeeEverything() {
    for (Role role :
        List.of(
            Role.OFFICE_SPECIALIST,
            Role.CHAIRMAN,
            Role.VICE_CHAIRMAN,
            Role.WORKING_GROUP_MEMBER,
            Role.ADMINISTRATOR)) {
      AccessPolicy someone = person("someone", role.groupId());
      assertThat(someone.seesEverything()).as(role.name()).isTrue();
      assertThat(someone.mayReadTask("SXD", List.of())).as(role.name()).isTrue();
    }
  }

  @Test
  void aUnitReadsTheTasksItLeadsOrCoordinatesEachUnitOnce() {
    AccessPolicy officer = person("cv.sxd", "officer", "SXD", "SXD");
    assertThat(officer.seesEverything()).isFalse();
    assertThat(officer.visibility().units()).containsExactly("SXD");
    assertThat(officer.mayReadTask("SXD", List.of())).isTrue();
    assertThat(officer.mayReadTask("STC", List.of("SXD"))).isTrue();
    assertThat(officer.mayReadTask("STC", List.of("VPUBND"))).isFalse();
  }

  @Test
  void anInspectionIsReadByItsUnitAndItsWorkingGroup() {
    AccessPolicy unitLeader = person("ld.sxd", "unit-leader", "SXD");
    assertThat(unitLeader.mayReadInspection("SXD", List.of("tct.truong"))).isTrue();
    assertThat(unitLeader.mayReadInspection("STC", List.of("tct.truong"))).isFalse();
    assertThat(
            person("tv.ngoai", "officer", "STC")
                .mayReadInspection("SXD", List.of("tct.truong", "tv.ngoai")))
        .isTrue();
  }

  @Test
  void theOfficerAndTheLeadUnitsLeadersWorkATaskAndAskForExtensions() {
    assertThat(person("cv.sxd", "officer", "SXD").mayWorkOnTask("SXD", "cv.sxd")).isTrue();
    assertThat(person("cv2.sxd", "officer", "SXD").mayWorkOnTask("SXD", "cv.sxd")).isFalse();
    assertThat(person("dm.sxd", "focal-point", "SXD").mayAskExtension("SXD", "cv.sxd")).isTrue();
    assertThat(person("ld.stc", "unit-leader", "STC").mayAskExtension("SXD", "cv.sxd")).isFalse();
    // The Office works every task but asks for no extension: it decides them.
    assertThat(person("cv.vp", "office-specialist", "VPUBND").mayWorkOnTask("SXD", "cv.sxd"))
        .isTrue();
    assertThat(person("cv.vp", "office-specialist", "VPUBND").mayAskExtension("SXD", "cv.sxd"))
        .isFalse();
    assertThat(SYSTEM.mayAskExtension("SXD", "cv.sxd")).isFalse();
  }

  @Test
  void theViceChairmanWhoGaveATaskDecidesForItElseTheChairman() {
    AccessPolicy vice = person("pct.a", "vice-chairman", "provincial-leader");
    AccessPolicy chairman = person("ct", "chairman", "provincial-leader");
    assertThat(vice.decidesForIssuer(true, "pct.a")).isTrue();
    assertThat(chairman.decidesForIssuer(true, "pct.a")).isFalse();
    assertThat(chairman.decidesForIssuer(false, "CHU_TICH")).isTrue();
    assertThat(vice.decidesForIssuer(false, "UBND")).isFalse();
    assertThat(person("cv.vp", "office-specialist").mayWithdraw(true, "pct.a")).isTrue();
    assertThat(person("pct.b", "vice-chairman").mayWithdraw(true, "pct.a")).isFalse();
  }

  @Test
  void inspectionStepsBelongToTheirPeople() {
    assertThat(person("cv.vp", "office-specialist").mayPlanInspection()).isTrue();
    assertThat(person("qt", "camunda-admin").mayPlanInspection()).isTrue();
    assertThat(person("ld.sxd", "unit-leader", "SXD").mayPlanInspection()).isFalse();
    assertThat(person("ld.sxd", "unit-leader", "SXD").mayReportFor("SXD")).isTrue();
    assertThat(person("cv.sxd", "officer", "SXD").mayReportFor("SXD")).isFalse();
    assertThat(person("ld.stc", "unit-leader", "STC").mayReportFor("SXD")).isFalse();
    assertThat(person("cv.vp", "office-specialist").mayReportFor("SXD")).isTrue();
    assertThat(person("tct.truong", "working-group").mayConclude("tct.truong")).isTrue();
    assertThat(person("tct.tv", "working-group").mayConclude("tct.truong")).isFalse();
    assertThat(person("ct", "chairman").mayAnswerPetition("ct")).isTrue();
    assertThat(person("pct.a", "vice-chairman").mayAnswerPetition("ct")).isFalse();
  }

  @Test
  void onlyAdministratorsAdministerAndOnlyTheOfficeRegisters() {
    assertThat(person("qt", "camunda-admin").isAdministrator()).isTrue();
    assertThat(person("cv.vp", "office-specialist").isAdministrator()).isFalse();
    assertThat(SYSTEM.isAdministrator()).isFalse();
    assertThat(person("cv.vp", "office-specialist").keepsTheRegister()).isTrue();
    assertThat(person("qt", "camunda-admin").keepsTheRegister()).isTrue();
    assertThat(person("ct", "chairman").keepsTheRegister()).isFalse();
    assertThat(SYSTEM.keepsTheRegister()).isFalse();
  }
}
