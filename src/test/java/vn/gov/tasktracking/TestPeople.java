package vn.gov.tasktracking;

import java.util.List;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.internal.DirectoryFile;
import vn.gov.tasktracking.directory.internal.DirectoryFile.PersonRow;

/** People the integration tests sign in as; created through the directory like real ones. */
public final class TestPeople {

  public static final String PASSWORD = "Mat-khau-kiem-thu-1";

  public static final String SXD_OFFICER = "it.sxd.chuyenvien";
  public static final String CAOLOC_OFFICER = "it.caoloc.chuyenvien";
  public static final String OFFICE_SPECIALIST = "it.vp.chuyenvien";
  public static final String ADMIN = "it.quantri";
  public static final String SXD_LEADER = "it.sxd.lanhdao";
  public static final String STC_OFFICER = "it.stc.chuyenvien";
  public static final String VICE_CHAIRMAN = "it.phochutich";

  private TestPeople() {}

  public static void ensure(DirectoryService directory) {
    directory.apply(
        new DirectoryFile(
            "it",
            List.of(),
            List.of(
                row(SXD_OFFICER, "Kiểm Thử Sở Xây Dựng", "SXD", "OFFICER", "FOCAL_POINT"),
                row(CAOLOC_OFFICER, "Kiểm Thử Cao Lộc", "CAOLOC", "OFFICER"),
                row(OFFICE_SPECIALIST, "Kiểm Thử Văn Phòng", "VPUBND", "OFFICE_SPECIALIST"),
                row(ADMIN, "Kiểm Thử Quản Trị", "VPUBND", "ADMINISTRATOR"),
                row(SXD_LEADER, "Kiểm Thử Lãnh Đạo Sở", "SXD", "UNIT_LEADER"),
                row(STC_OFFICER, "Kiểm Thử Sở Tài Chính", "STC", "OFFICER", "FOCAL_POINT"),
                row(VICE_CHAIRMAN, "Kiểm Thử Phó Chủ Tịch", "VPUBND", "VICE_CHAIRMAN"))),
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
        PASSWORD);
  }
}
