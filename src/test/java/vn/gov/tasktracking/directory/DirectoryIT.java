package vn.gov.tasktracking.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.tasktracking.TestPeople;

/**
 * The directory loaded at first start, managed over REST by administrators, mirrored into Camunda.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired IdentityService identity;

  @BeforeEach
  void people() {
    TestPeople.ensure(directory);
  }

  @Test
  void loadsTheLangSonDirectoryAtFirstStartWithAGroupPerUnitAndRole() {
    assertThat(directory.units())
        .extracting(Unit::code)
        .contains("VPUBND", "SXD", "HUULUNG", "CAOLOC", "CHILANG");
    assertThat(directory.requireUnit("SXD").name()).isEqualTo("Sở Xây dựng");
    Unit planning = directory.requireUnit("SKHDT");
    assertThat(planning.active()).isFalse();
    assertThat(planning.successorCode()).isEqualTo("STC");
    assertThat(identity.createGroupQuery().groupId("SXD").singleResult().getName())
        .isEqualTo("Sở Xây dựng");
    for (Role role : Role.values()) {
      assertThat(identity.createGroupQuery().groupId(role.groupId()).count())
          .as(role.name())
          .isEqualTo(1);
    }
    List<String> groups =
        identity.createGroupQuery().groupMember(TestPeople.SXD_OFFICER).list().stream()
            .map(Group::getId)
            .toList();
    assertThat(groups).containsExactlyInAnyOrder("SXD", "officer", "focal-point");
  }

  @Test
  void withoutTheDemoProfileNoDemoPersonExists() {
    for (String demo :
        List.of(
            "quantri",
            "chutich",
            "phochutich",
            "vp.chuyenvien",
            "sxd.chuyenvien",
            "caoloc.daumoi")) {
      assertThat(directory.person(demo)).as(demo).isEmpty();
      assertThat(identity.createUserQuery().userId(demo).count()).as(demo).isZero();
    }
    assertThat(identity.checkPassword("demo", "demo")).isFalse();
    assertThat(identity.checkPassword("admin", "admin")).isFalse();
  }

  @Test
  void administratorAddsAUnitAndAPersonOverRest() {
    ResponseEntity<Map> unit =
        put(
            "/api/directory/units/XA-TANTHANH",
            "{\"name\":\"UBND xã Tân Thành\",\"kind\":\"COMMUNE_COMMITTEE\",\"parent\":\"HUULUNG\"}");
    assertThat(unit.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unit.getBody()).containsEntry("parentCode", "HUULUNG");
    assertThat(identity.createGroupQuery().groupId("XA-TANTHANH").singleResult().getName())
        .isEqualTo("UBND xã Tân Thành");

    ResponseEntity<Map> person =
        put(
            "/api/directory/people/tanthanh.daumoi",
            "{\"fullName\":\"Lý Thị Hoa\",\"unit\":\"XA-TANTHANH\",\"roles\":[\"FOCAL_POINT\"],\"password\":\"Mat-khau-moi-1\"}");
    assertThat(person.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(identity.checkPassword("tanthanh.daumoi", "Mat-khau-moi-1")).isTrue();
    assertThat(
            identity
                .createUserQuery()
                .userId("tanthanh.daumoi")
                .memberOfGroup("XA-TANTHANH")
                .count())
        .isEqualTo(1);
  }

  @Test
  void officerMayNotChangeTheDirectory() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> answer =
        rest.withBasicAuth(TestPeople.SXD_OFFICER, TestPeople.PASSWORD)
            .exchange(
                "/api/directory/units/SXD",
                HttpMethod.PUT,
                new HttpEntity<>("{\"name\":\"Đổi tên\",\"kind\":\"DEPARTMENT\"}", headers),
                Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getBody().get("message")).asString().contains("quản trị");
    assertThat(directory.requireUnit("SXD").name()).isEqualTo("Sở Xây dựng");
  }

  @Test
  void fileWithABadRowIsRefusedNamingTheRowAndTheDirectoryStaysIntact() {
    List<Unit> before = directory.units();
    String file =
        """
        version: "bad-1"
        units:
          - code: SXD
            name: Sở Xây dựng (đổi tên trong tệp lỗi)
            kind: DEPARTMENT
          - code: SMOI
            name: Sở Mới
            kind: DEPARTMENT
          - code: SMOI
            name: Sở Mới trùng mã
            kind: DEPARTMENT
        people:
          - username: nguoi.moi
            fullName: Người Mới
            unit: KHONGCO
            roles: [OFFICER]
        """;

    ResponseEntity<Map> answer = importFile(file);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<Map<String, String>> problems =
        (List<Map<String, String>>) answer.getBody().get("problems");
    assertThat(problems)
        .extracting(p -> p.get("field"))
        .containsExactly("units[3].code", "people[1].unit");
    assertThat(problems.get(0).get("message"))
        .contains("dòng 3")
        .contains("SMOI")
        .contains("trùng");
    assertThat(problems.get(1).get("message")).contains("KHONGCO");
    assertThat(directory.units()).isEqualTo(before);
    assertThat(directory.unit("SMOI")).isEmpty();
    assertThat(identity.createGroupQuery().groupId("SMOI").count()).isZero();
    assertThat(directory.person("nguoi.moi")).isEmpty();
  }

  @Test
  void unknownParentIsRefusedNamingTheField() {
    ResponseEntity<Map> answer =
        importFile(
            "units:\n  - code: XA-MOI\n    name: UBND xã Mới\n    kind: COMMUNE_COMMITTEE\n    parent: HUYENMA\n");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("message")).asString().contains("HUYENMA").contains("dòng 1");
    assertThat(directory.unit("XA-MOI")).isEmpty();
  }

  @Test
  void unreadableFileIsRefusedWithItsPosition() {
    ResponseEntity<Map> answer = importFile("units:\n  - code: [khong dong\n");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("message"))
        .asString()
        .contains("Không đọc được tệp danh mục")
        .contains("dòng");
  }

  private ResponseEntity<Map> importFile(String yaml) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("application/yaml"));
    return rest.withBasicAuth(TestPeople.ADMIN, TestPeople.PASSWORD)
        .exchange(
            "/api/directory/import", HttpMethod.POST, new HttpEntity<>(yaml, headers), Map.class);
  }

  private ResponseEntity<Map> put(String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(TestPeople.ADMIN, TestPeople.PASSWORD)
        .exchange(path, HttpMethod.PUT, new HttpEntity<>(json, headers), Map.class);
  }
}
