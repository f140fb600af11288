package vn.gov.tasktracking.deadline;

/**
 * Calendar data (a year's exceptions, the data file) that cannot be accepted. The message is
 * Vietnamese and names the year and the entry, because an administrator reads it to fix the data.
 */
public class CalendarDataException extends IllegalArgumentException {

    public CalendarDataException(String message) {
        super(message);
    }

    public CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
