package org.govkiosk.desktop.records;

/** A refusal with an HTTP status and one of the documented error codes (docs/records-api.md). */
final class ApiError extends RuntimeException {
    final int status;
    final String code;

    ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
