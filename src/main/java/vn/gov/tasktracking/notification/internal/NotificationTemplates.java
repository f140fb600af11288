package vn.gov.tasktracking.notification.internal;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.gov.tasktracking.notification.NotificationKind;
import vn.gov.tasktracking.notification.TaskNotice;
import vn.gov.tasktracking.system.VietnamTime;

/**
 * The Vietnamese texts of every {@link NotificationKind}: a subject and one body per kind, written
 * once as a Mustache template. The body is rendered twice: as plain text, and HTML-escaped into the
 * HTML layout (blank lines become paragraphs, line breaks stay), so the two forms of a message
 * never say different things.
 *
 * <p>Values: {@code registerNumber}, {@code content}, {@code unitName}, {@code directiveNumber},
 * {@code issuerName}, {@code deadline} (dd/MM/yyyy, absent when the task has none), {@code detail}
 * (absent when none) and {@code link}. {@code {{#deadline}}...{{/deadline}}} writes a part only
 * when the value is there, {@code {{^deadline}}...{{/deadline}}} only when it is not.
 */
public final class NotificationTemplates {

  /**
   * A rendered notification.
   *
   * @param body the message alone, as the inbox shows it beside the subject and the link
   * @param text the e-mail's plain text: the body, the link and the footer
   * @param html the e-mail's HTML
   */
  public record Rendered(String subject, String body, String text, String html) {}

  private record Texts(String subject, String body) {}

  private static final DateTimeFormatter DATE = VietnamTime.DATE;
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

  private static final String DEADLINE =
      "{{#deadline}}Hạn xử lý: {{deadline}}.{{/deadline}}{{^deadline}}Nhiệm vụ không có thời hạn.{{/deadline}}";
  private static final String CONTENT = "Nội dung nhiệm vụ: {{content}}";

  private static final Map<NotificationKind, Texts> TEXTS = new EnumMap<>(NotificationKind.class);

  static {
    put(
        NotificationKind.NEW_TASK,
        "Nhiệm vụ mới {{registerNumber}} giao {{unitName}} chủ trì",
        """
        {{unitName}} được giao chủ trì nhiệm vụ {{registerNumber}} theo văn bản {{directiveNumber}} của {{issuerName}}.

        %s
        %s

        Đề nghị đầu mối của đơn vị tiếp nhận và phân công cán bộ thực hiện."""
            .formatted(CONTENT, DEADLINE));
    put(
        NotificationKind.TASK_ASSIGNED,
        "Anh/chị được giao thực hiện nhiệm vụ {{registerNumber}}",
        """
        Anh/chị được {{unitName}} phân công thực hiện nhiệm vụ {{registerNumber}} theo văn bản {{directiveNumber}} của {{issuerName}}.

        %s
        %s"""
            .formatted(CONTENT, DEADLINE));
    put(
        NotificationKind.TASK_RETURNED_BY_UNIT,
        "{{unitName}} trả lại nhiệm vụ {{registerNumber}}",
        """
        {{unitName}} trả lại nhiệm vụ {{registerNumber}}, cho rằng nhiệm vụ không thuộc chức năng của đơn vị. Đề nghị Văn phòng UBND tỉnh giao cho đơn vị khác hoặc rút nhiệm vụ.

        Lý do: {{detail}}

        %s"""
            .formatted(CONTENT));
    put(
        NotificationKind.COORDINATION_INPUT,
        "Ý kiến phối hợp cho nhiệm vụ {{registerNumber}}",
        """
        Nhiệm vụ {{registerNumber}} anh/chị đang thực hiện có ý kiến phối hợp mới:

        {{detail}}

        %s"""
            .formatted(CONTENT));
    put(
        NotificationKind.RESULT_AWAITING_SIGNOFF,
        "Kết quả nhiệm vụ {{registerNumber}} chờ lãnh đạo duyệt",
        """
        Cán bộ của {{unitName}} đã báo cáo kết quả thực hiện nhiệm vụ {{registerNumber}}. Đề nghị lãnh đạo đơn vị duyệt trước khi kết quả được gửi Văn phòng UBND tỉnh.

        Kết quả: {{detail}}

        %s"""
            .formatted(CONTENT));
    put(
        NotificationKind.RESULT_REPORTED,
        "{{unitName}} báo cáo kết quả nhiệm vụ {{registerNumber}}",
        """
        {{unitName}} đã báo cáo kết quả thực hiện nhiệm vụ {{registerNumber}}. Đề nghị Văn phòng UBND tỉnh xem xét, đánh giá kết quả.
        {{#detail}}

        Ý kiến của lãnh đạo đơn vị: {{detail}}{{/detail}}

        %s
        %s"""
            .formatted(CONTENT, DEADLINE));
    put(
        NotificationKind.RESULT_RETURNED_BY_LEADER,
        "Lãnh đạo đơn vị trả lại kết quả nhiệm vụ {{registerNumber}}",
        """
        Lãnh đạo {{unitName}} trả lại kết quả thực hiện nhiệm vụ {{registerNumber}} để anh/chị hoàn thiện.

        Ý kiến: {{detail}}

        %s
        %s"""
            .formatted(CONTENT, DEADLINE));
    put(
        NotificationKind.RESULT_RETURNED_BY_OFFICE,
        "Văn phòng UBND tỉnh trả lại kết quả nhiệm vụ {{registerNumber}}",
        """
        Văn phòng UBND tỉnh trả lại kết quả thực hiện nhiệm vụ {{registerNumber}} để anh/chị hoàn thiện.

        Ý kiến: {{detail}}

        %s
        %s"""
            .formatted(CONTENT, DEADLINE));
    put(
        NotificationKind.RESULT_ACCEPTED,
        "Nhiệm vụ {{registerNumber}} đã được công nhận hoàn thành",
        """
        Văn phòng UBND tỉnh đã công nhận kết quả: nhiệm vụ {{registerNumber}} do {{unitName}} chủ trì đã hoàn thành.

        %s"""
            .formatted(CONTENT));
    put(
        NotificationKind.TASK_WITHDRAWN,
        "Nhiệm vụ {{registerNumber}} đã được rút",
        """
        Nhiệm vụ {{registerNumber}} giao {{unitName}} chủ trì đã được rút; đơn vị không tiếp tục thực hiện nhiệm vụ này.
        {{#detail}}

        Lý do: {{detail}}{{/detail}}

        %s"""
            .formatted(CONTENT));
    put(
        NotificationKind.REMINDER,
        "Nhắc hạn xử lý nhiệm vụ {{registerNumber}}{{#deadline}} (hạn {{deadline}}){{/deadline}}",
        """
        Nhiệm vụ {{registerNumber}} do {{unitName}} chủ trì sắp đến hạn. Đề nghị anh/chị khẩn trương hoàn thành và báo cáo kết quả đúng hạn.
        {{#detail}}

        {{detail}}{{/detail}}

        %s
        %s"""
            .formatted(CONTENT, DEADLINE));
    put(
        NotificationKind.OVERDUE,
        "Nhiệm vụ {{registerNumber}} đã quá hạn xử lý",
        """
        Nhiệm vụ {{registerNumber}} do {{unitName}} chủ trì đã quá hạn xử lý{{#deadline}} (hạn {{deadline}}){{/deadline}} mà chưa có kết quả được công nhận.
        {{#detail}}

        {{detail}}{{/detail}}

        %s"""
            .formatted(CONTENT));
    put(
        NotificationKind.ESCALATION,
        "Nhiệm vụ {{registerNumber}} của {{unitName}} quá hạn kéo dài",
        """
        Kính báo cáo: nhiệm vụ {{registerNumber}} theo văn bản {{directiveNumber}} của {{issuerName}}, do {{unitName}} chủ trì, đã quá hạn xử lý{{#deadline}} (hạn {{deadline}}){{/deadline}} nhiều ngày mà chưa hoàn thành. Đơn vị được đưa vào danh sách theo dõi của Tổ công tác.
        {{#detail}}

        {{detail}}{{/detail}}

        %s"""
            .formatted(CONTENT));
    put(
        NotificationKind.EXPLANATION_REQUESTED,
        "Đề nghị giải trình việc chậm thực hiện nhiệm vụ {{registerNumber}}",
        """
        Nhiệm vụ {{registerNumber}} do {{unitName}} chủ trì đã quá hạn xử lý{{#deadline}} (hạn {{deadline}}){{/deadline}}. Đề nghị đơn vị giải trình bằng văn bản nguyên nhân chậm trễ và thời gian hoàn thành.
        {{#detail}}

        {{detail}}{{/detail}}

        %s"""
            .formatted(CONTENT));
    put(
        NotificationKind.EXTENSION_APPROVED,
        "Nhiệm vụ {{registerNumber}} được gia hạn{{#deadline}} đến ngày {{deadline}}{{/deadline}}",
        """
        Đề nghị gia hạn nhiệm vụ {{registerNumber}} của {{unitName}} đã được đồng ý.{{#deadline}} Hạn xử lý mới: {{deadline}}.{{/deadline}}
        {{#detail}}

        {{detail}}{{/detail}}

        %s"""
            .formatted(CONTENT));
    put(
        NotificationKind.EXTENSION_REJECTED,
        "Đề nghị gia hạn nhiệm vụ {{registerNumber}} không được đồng ý",
        """
        Đề nghị gia hạn nhiệm vụ {{registerNumber}} của {{unitName}} không được đồng ý; hạn xử lý giữ nguyên{{#deadline}}: {{deadline}}{{/deadline}}.
        {{#detail}}

        Lý do: {{detail}}{{/detail}}

        %s"""
            .formatted(CONTENT));
  }

  static {
    // Inspections: registerNumber is the inspection's code (KT-12), content its scope, deadline the
    // date asked for.
    put(
        NotificationKind.INSPECTION_ANNOUNCED,
        "Tổ công tác của Chủ tịch UBND tỉnh kiểm tra {{unitName}} ({{registerNumber}})",
        """
        Tổ công tác của Chủ tịch UBND tỉnh sẽ kiểm tra {{unitName}} (buổi kiểm tra {{registerNumber}}) về {{content}}.

        {{detail}}

        Đề nghị đơn vị báo cáo kết quả thực hiện, giải trình từng nhiệm vụ chậm, quá hạn, nêu khó khăn, nguyên nhân và kiến nghị{{#deadline}} trước ngày {{deadline}}{{/deadline}}.""");
    put(
        NotificationKind.INSPECTION_REPORT_REMINDER,
        "Nhắc gửi báo cáo phục vụ kiểm tra {{registerNumber}}{{#deadline}} (hạn {{deadline}}){{/deadline}}",
        """
        {{unitName}} chưa gửi báo cáo phục vụ buổi kiểm tra {{registerNumber}} của Tổ công tác của Chủ tịch UBND tỉnh. Đề nghị đơn vị gửi báo cáo{{#deadline}} trước ngày {{deadline}}{{/deadline}}.

        {{detail}}""");
    put(
        NotificationKind.INSPECTION_REPORT_LATE,
        "{{unitName}} chưa gửi báo cáo phục vụ kiểm tra {{registerNumber}}",
        """
        Đến hết hạn{{#deadline}} ngày {{deadline}}{{/deadline}}, {{unitName}} chưa gửi báo cáo phục vụ buổi kiểm tra {{registerNumber}} của Tổ công tác. Đơn vị vẫn có thể gửi báo cáo đến trước buổi kiểm tra; hồ sơ kiểm tra ghi nhận báo cáo chậm.

        {{detail}}""");
    put(
        NotificationKind.INSPECTION_CONCLUDED,
        "Thông báo kết luận buổi kiểm tra {{registerNumber}} tại {{unitName}} (số {{directiveNumber}})",
        """
        Tổ trưởng Tổ công tác của Chủ tịch UBND tỉnh đã kết luận buổi kiểm tra {{registerNumber}} tại {{unitName}} (Thông báo số {{directiveNumber}}).

        {{detail}}

        Các yêu cầu của kết luận đã được vào sổ theo dõi như nhiệm vụ của đơn vị.""");
    put(
        NotificationKind.PETITION_ANSWERED,
        "Trả lời kiến nghị của {{unitName}} ({{registerNumber}})",
        """
        {{issuerName}} đã cho ý kiến về kiến nghị của {{unitName}} tại buổi kiểm tra {{registerNumber}}.

        Kiến nghị: {{content}}

        Ý kiến: {{detail}}""");
  }

  private static final String FOOTER =
      "Thư do hệ thống Theo dõi nhiệm vụ UBND tỉnh gửi tự động; xin không trả lời thư này.";

  private static final String TEXT_LAYOUT =
      """
      {{body}}

      Xem nhiệm vụ: {{link}}

      --
      %s
      """
          .formatted(FOOTER);

  private static final String HTML_LAYOUT =
      """
      <!DOCTYPE html>
      <html lang="vi">
      <head><meta charset="UTF-8"><title>{{subject}}</title></head>
      <body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.5; color: #222;">
      {{{body}}}
      <p><a href="{{link}}" style="display: inline-block; padding: 8px 16px; background: #b5152b; color: #fff; text-decoration: none; border-radius: 4px;">Mở nhiệm vụ {{registerNumber}}</a></p>
      <p style="font-size: 12px; color: #777;">%s</p>
      </body>
      </html>
      """
          .formatted(FOOTER);

  // Missing names throw (a typo in a template fails its test); null values render as nothing.
  private static final Mustache.Compiler PLAIN =
      Mustache.compiler().escapeHTML(false).nullValue("");
  private static final Mustache.Compiler ESCAPED =
      Mustache.compiler().escapeHTML(true).nullValue("");

  private static final Template TEXT = PLAIN.compile(TEXT_LAYOUT);
  private static final Template HTML = ESCAPED.compile(HTML_LAYOUT);
  private static final Map<NotificationKind, Template[]> COMPILED =
      new EnumMap<>(NotificationKind.class);

  static {
    TEXTS.forEach(
        (kind, texts) ->
            COMPILED.put(
                kind,
                new Template[] {
                  PLAIN.compile(texts.subject()),
                  PLAIN.compile(texts.body()),
                  ESCAPED.compile(texts.body())
                }));
  }

  private NotificationTemplates() {}

  private static void put(NotificationKind kind, String subject, String body) {
    TEXTS.put(kind, new Texts(subject, body));
  }

  public static Rendered render(NotificationKind kind, TaskNotice notice, String link) {
    Template[] templates = COMPILED.get(kind);
    if (templates == null) {
      throw new IllegalStateException("no template for " + kind);
    }
    Map<String, Object> values = new HashMap<>();
    values.put("registerNumber", notice.registerNumber());
    values.put("content", notice.content());
    values.put("unitName", notice.unitName());
    values.put("directiveNumber", notice.directiveNumber());
    values.put("issuerName", notice.issuerName());
    values.put("deadline", notice.deadline() == null ? null : DATE.format(notice.deadline()));
    values.put(
        "detail",
        notice.detail() == null || notice.detail().isBlank() ? null : notice.detail().trim());
    values.put("link", link);

    String subject = oneLine(templates[0].execute(values));
    values.put("subject", subject);
    String body = tidy(templates[1].execute(values));
    values.put("body", body);
    String text = TEXT.execute(values);
    values.put("body", paragraphs(tidy(templates[2].execute(values))));
    String html = HTML.execute(values);
    return new Rendered(subject, body, text, html);
  }

  /** An absent optional part leaves no extra blank line. */
  private static String tidy(String body) {
    return body.strip().replaceAll("\\n{3,}", "\n\n");
  }

  /** A subject is one line, whatever a value holds. */
  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() <= 500 ? line : line.substring(0, 499) + "…";
  }

  /** Escaped text to HTML: blank lines separate paragraphs, single line breaks stay. */
  private static String paragraphs(String escaped) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : BLANK_LINES.split(escaped)) {
      html.append("<p>").append(paragraph.strip().replace("\n", "<br>\n")).append("</p>\n");
    }
    return html.toString();
  }
}
