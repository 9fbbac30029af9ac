package dev.assay.server.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the fields at fault; answered as problem+json (RFC 9457) with an
 * {@code errors} array of {@code {field, reason}} (and the record, where a batch's record is at
 * fault).
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One field at fault and why; {@code record} is the 1-based line or record, 0 when none. */
  public record FieldError(String field, String reason, long record, String value) {
    public FieldError(String field, String reason) {
      this(field, reason, 0, null);
    }
  }

  private final HttpStatus status;
  private final transient List<FieldError> errors;

  public ApiException(HttpStatus status, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  public static ApiException badField(String field, String reason) {
    return new ApiException(
        HttpStatus.BAD_REQUEST, field + ": " + reason, List.of(new FieldError(field, reason)));
  }

  public static ApiException notFound(String what) {
    return new ApiException(HttpStatus.NOT_FOUND, what + " not found", List.of());
  }

  public static ApiException forbidden(String field, String reason) {
    return new ApiException(
        HttpStatus.FORBIDDEN, field + ": " + reason, List.of(new FieldError(field, reason)));
  }

  public static ApiException conflict(String field, String reason) {
    return new ApiException(
        HttpStatus.CONFLICT, field + ": " + reason, List.of(new FieldError(field, reason)));
  }

  public HttpStatus status() {
    return status;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
