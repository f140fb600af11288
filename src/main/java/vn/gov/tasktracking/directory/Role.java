package vn.gov.tasktracking.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person does. Each role is a Camunda group, so user tasks and authorizations can name it;
 * {@link #ADMINISTRATOR} is Camunda's own admin group.
 */
public enum Role {
  UNIT_LEADER("unit-leader", "Lãnh đạo đơn vị"),
  FOCAL_POINT("focal-point", "Đầu mối theo dõi"),
  OFFICER("officer", "Chuyên viên"),
  OFFICE_SPECIALIST("office-specialist", "Chuyên viên Văn phòng UBND tỉnh"),
  CHAIRMAN("chairman", "Chủ tịch UBND tỉnh"),
  VICE_CHAIRMAN("vice-chairman", "Phó Chủ tịch UBND tỉnh"),
  WORKING_GROUP_MEMBER("working-group", "Thành viên Tổ công tác"),
  ADMINISTRATOR("camunda-admin", "Quản trị hệ thống");

  /** Group of every provincial leader (Chairman and Vice-Chairmen), whatever their rank. */
  public static final String PROVINCIAL_LEADER_GROUP = "provincial-leader";

  private final String groupId;
  private final String label;

  Role(String groupId, String label) {
    this.groupId = groupId;
    this.label = label;
  }

  public String groupId() {
    return groupId;
  }

  public String label() {
    return label;
  }

  public boolean isProvincialLeader() {
    return this == CHAIRMAN || this == VICE_CHAIRMAN;
  }

  public static Optional<Role> parse(String value) {
    return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(value)).findFirst();
  }
}
