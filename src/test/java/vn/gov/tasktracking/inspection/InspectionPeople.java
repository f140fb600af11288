package vn.gov.tasktracking.inspection;

import java.util.List;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.internal.DirectoryFile;
import vn.gov.tasktracking.directory.internal.DirectoryFile.PersonRow;

/**
 * The working group and the provincial leaders the inspection tests need, besides {@link
 * TestPeople}; the browser journeys use them too.
 */
public final class InspectionPeople {

  public static final String LEADER = "it.kt.totruong";
  public static final String MEMBER_1 = "it.kt.thanhvien1";
  public static final String MEMBER_2 = "it.kt.thanhvien2";
  public static final String CHAIRMAN = "it.kt.chutich";

  private InspectionPeople() {}

  public static void ensure(DirectoryService directory) {
    TestPeople.ensure(directory);
    directory.apply(
        new DirectoryFile(
            "it-inspection",
            List.of(),
            List.of(
                row(LEADER, "Tổ Trưởng Kiểm Thử", "VPUBND", "UNIT_LEADER", "WORKING_GROUP_MEMBER"),
                row(MEMBER_1, "Thành Viên Một", "VPUBND", "WORKING_GROUP_MEMBER"),
                row(MEMBER_2, "Thành Viên Hai", "SNV", "WORKING_GROUP_MEMBER"),
                row(CHAIRMAN, "Chủ Tịch Kiểm Thử", "VPUBND", "CHAIRMAN"))),
        "test",
        null);
  }

  private static PersonRow row(String username, String fullName, String unit, String... roles) {
    return new PersonRow(
        username,
        fullName,
        null,
        username + "@example.vn",
        null,
        unit,
        List.of(roles),
        true,
        TestPeople.PASSWORD);
  }
}
