package dev.assay.server.api;

import dev.assay.ingest.RecordError;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;

/** Request bodies read with a bound, so one request cannot make the server hold gigabytes. */
final class Bodies {
  private Bodies() {}

  static byte[] read(HttpServletRequest request, int maxBytes) throws IOException {
    if (request.getContentLengthLong() > maxBytes) {
      throw tooLarge(maxBytes);
    }
    long declared = request.getContentLengthLong();
    try (InputStream in = request.getInputStream()) {
      if (declared >= 0) {
        // Read into an array of the declared size (the container ends the stream there):
        // readNBytes(max) would take a 16 KB buffer and copy for every 2 KB declaration.
        byte[] body = new byte[(int) declared];
        int n = in.readNBytes(body, 0, body.length);
        return n == body.length ? body : Arrays.copyOf(body, n);
      }
      byte[] body = in.readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        throw tooLarge(maxBytes);
      }
      return body;
    }
  }

  private static ApiException tooLarge(int maxBytes) {
    return new ApiException(
        HttpStatus.CONTENT_TOO_LARGE,
        "the body is larger than " + maxBytes + " bytes",
        List.of(new ApiException.FieldError("body", "larger than " + maxBytes + " bytes")));
  }

  /** Record errors of the core's reader as the API's field errors. */
  static List<ApiException.FieldError> errors(List<RecordError> errors) {
    return errors.stream()
        .map(
            e ->
                new ApiException.FieldError(
                    e.field().isEmpty() ? "(record)" : e.field(), e.reason(), e.line(), e.value()))
        .toList();
  }
}
