package vn.gov.tasktracking.assignment.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content types a document is served with: a short list of office documents and pictures,
 * anything else as {@code application/octet-stream}. What the uploader's browser claimed (e.g.
 * {@code text/html}, {@code image/svg+xml}, or a bare {@code pdf}) is never served as it came.
 */
final class DocumentTypes {

  static final String OCTET_STREAM = "application/octet-stream";

  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("doc", "application/msword"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xls", "application/vnd.ms-excel"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("ppt", "application/vnd.ms-powerpoint"),
          Map.entry(
              "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("png", "image/png"),
          Map.entry("zip", "application/zip"));

  private static final Set<String> ALLOWED = Set.copyOf(BY_EXTENSION.values());

  private DocumentTypes() {}

  /**
   * @param declared the type the uploader sent, or the one stored with an older document
   * @return the declared type when it is on the list (without parameters), otherwise the listed
   *     type of the file name's extension, otherwise {@code application/octet-stream}
   */
  static String safe(String declared, String fileName) {
    if (declared != null) {
      String type = declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
      if (ALLOWED.contains(type)) {
        return type;
      }
    }
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    return dot < 0
        ? OCTET_STREAM
        : BY_EXTENSION.getOrDefault(
            fileName.substring(dot + 1).toLowerCase(Locale.ROOT), OCTET_STREAM);
  }
}
