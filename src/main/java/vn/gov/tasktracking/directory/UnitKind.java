package vn.gov.tasktracking.directory;

/** What kind of body a unit is. */
public enum UnitKind {
  PROVINCIAL_OFFICE("Văn phòng UBND tỉnh"),
  DEPARTMENT("Sở, ban, ngành"),
  DISTRICT_COMMITTEE("UBND cấp huyện"),
  COMMUNE_COMMITTEE("UBND cấp xã");

  private final String label;

  UnitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
