package vn.gov.tasktracking.notification.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.tasktracking.notification.DeliveryState;
import vn.gov.tasktracking.notification.NotificationService;
import vn.gov.tasktracking.security.CurrentUser;
import vn.gov.tasktracking.system.ForbiddenException;
import vn.gov.tasktracking.system.InvalidInputException;

/** The caller's inbox, and the Office's log of every notification. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Thông báo")
class NotificationController {

  private static final int MAX_PAGE_SIZE = 200;

  private final NotificationService notifications;
  private final CurrentUser currentUser;

  NotificationController(NotificationService notifications, CurrentUser currentUser) {
    this.notifications = notifications;
    this.currentUser = currentUser;
  }

  @GetMapping
  @Operation(summary = "Thông báo của tôi, mới nhất trước")
  NotificationService.Page<NotificationService.InboxMessage> mine(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    checkPage(page, size);
    return notifications.inbox(currentUser.username(), page, size);
  }

  @GetMapping("/unread-count")
  @Operation(summary = "Số thông báo chưa đọc của tôi")
  Map<String, Long> unreadCount() {
    return Map.of("unread", notifications.unreadCount(currentUser.username()));
  }

  @PostMapping("/{id}/read")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Đánh dấu đã đọc một thông báo của tôi")
  void markRead(@PathVariable long id) {
    notifications.markRead(id, currentUser.username());
  }

  @GetMapping("/log")
  @Operation(
      summary =
          "Nhật ký gửi thông báo: trạng thái từng kênh và lý do lỗi (Văn phòng UBND tỉnh, quản trị)")
  NotificationService.Page<NotificationService.LogEntry> log(
      @Parameter(
              description = "PENDING (chờ gửi), SENT (đã gửi) hoặc FAILED (lỗi); bỏ trống: tất cả")
          @RequestParam(required = false)
          String state,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (!currentUser.policy().keepsTheRegister()) {
      throw new ForbiddenException(
          "Chỉ Văn phòng UBND tỉnh và quản trị hệ thống được xem nhật ký gửi thông báo.");
    }
    checkPage(page, size);
    return notifications.log(state(state), page, size);
  }

  private static DeliveryState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (DeliveryState s : DeliveryState.values()) {
      if (s.name().equalsIgnoreCase(value.trim())) {
        return s;
      }
    }
    throw InvalidInputException.of(
        "state", "Trạng thái '" + value + "' không hợp lệ: dùng PENDING, SENT hoặc FAILED.");
  }

  private static void checkPage(int page, int size) {
    if (page < 0) {
      throw InvalidInputException.of("page", "Số trang bắt đầu từ 0.");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw InvalidInputException.of("size", "Cỡ trang từ 1 đến " + MAX_PAGE_SIZE + ".");
    }
  }
}
