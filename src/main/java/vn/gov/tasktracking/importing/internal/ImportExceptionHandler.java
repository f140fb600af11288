package vn.gov.tasktracking.importing.internal;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused import file: HTTP 400, the product's error shape, each problem with its row and column.
 */
@RestControllerAdvice(assignableTypes = TaskImportController.class)
class ImportExceptionHandler {

  record ImportErrorBody(
      int status, String message, List<ImportRefusedException.ImportError> problems) {}

  @ExceptionHandler(ImportRefusedException.class)
  ResponseEntity<ImportErrorBody> refused(ImportRefusedException e) {
    return ResponseEntity.badRequest()
        .body(new ImportErrorBody(HttpStatus.BAD_REQUEST.value(), e.getMessage(), e.errors()));
  }
}
