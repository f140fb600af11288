package vn.gov.tasktracking.importing.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the import sheet, found by their Vietnamese header in row 1 (order free, case and
 * a trailing "*" or note in brackets ignored), with the other names offices give them.
 */
public enum ImportColumn {
  DIRECTIVE_NUMBER(
      "Số văn bản", true, "Số ký hiệu văn bản", "Số, ký hiệu văn bản", "Số hiệu văn bản"),
  DIRECTIVE_DATE("Ngày văn bản", true, "Ngày ban hành", "Ngày ban hành văn bản"),
  ISSUER("Người/cơ quan giao", true, "Người giao", "Cơ quan giao", "Người/Cơ quan giao nhiệm vụ"),
  EXCERPT("Trích yếu văn bản", false, "Trích yếu"),
  CONTENT("Nội dung nhiệm vụ", true, "Trích yếu/nội dung nhiệm vụ", "Nhiệm vụ", "Nội dung"),
  LEAD_UNIT("Đơn vị chủ trì", true, "Đơn vị thực hiện", "Cơ quan chủ trì"),
  ASSIGNED_ON("Ngày giao", false, "Ngày giao nhiệm vụ"),
  DEADLINE("Thời hạn", false, "Hạn xử lý", "Thời hạn hoàn thành", "Hạn hoàn thành"),
  COMPLETED_ON("Ngày hoàn thành", false),
  WITHDRAWN_ON("Ngày rút/hủy", false, "Ngày rút", "Ngày hủy", "Ngày rút/huỷ"),
  OFFICER("Cán bộ thực hiện", false, "Tên đăng nhập cán bộ");

  private final String header;
  private final boolean required;
  private final List<String> aliases;

  ImportColumn(String header, boolean required, String... aliases) {
    this.header = header;
    this.required = required;
    this.aliases = List.of(aliases);
  }

  /** The header the template writes and every message names. */
  String header() {
    return header;
  }

  boolean required() {
    return required;
  }

  static Optional<ImportColumn> byHeader(String text) {
    String wanted = normalize(text);
    for (ImportColumn column : values()) {
      if (normalize(column.header).equals(wanted)
          || column.aliases.stream().anyMatch(a -> normalize(a).equals(wanted))) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /**
   * A task's content as duplicates are recognised: lower case, composed, single spaces. Brackets
   * stay: "Báo cáo (quý I)" and "Báo cáo (quý II)" are two tasks.
   */
  public static String contentKey(String text) {
    String s =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
            .toLowerCase(Locale.ROOT)
            .replace('\u00a0', ' ');
    return s.replaceAll("\\s+", " ").trim();
  }

  /** Lower case, composed, single spaces, without a required mark or a note in brackets. */
  public static String normalize(String text) {
    String s =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
            .toLowerCase(Locale.ROOT);
    s = s.replaceAll("\\(.*\\)", "").replace("*", "").replace('\u00a0', ' ');
    return s.replaceAll("\\s+", " ").replace(" / ", "/").trim();
  }
}
