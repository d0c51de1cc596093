package org.govkiosk.device.printer;

/**
 * How a print job ended, with the bundle key of the words the citizen sees.
 *
 * @param detail technician detail (queue, job id, CUPS state reasons, status bytes)
 * @param where  where the output went when it is a file (desktop launcher), else empty
 */
public record PrintOutcome(Result result, String detail, String where) {
    public enum Result {
        PRINTED, PAPER_OUT, OFFLINE, JAMMED, COVER_OPEN, CANCELLED, FAILED;

        public String citizenMessageKey() {
            return switch (this) {
                case PRINTED -> "print.result.printed";
                case PAPER_OUT -> "print.result.paper_out";
                case OFFLINE -> "print.result.offline";
                case JAMMED -> "print.result.jammed";
                case COVER_OPEN -> "print.result.cover_open";
                case CANCELLED -> "print.result.cancelled";
                case FAILED -> "print.result.failed";
            };
        }
    }

    public boolean printed() { return result == Result.PRINTED; }

    public static PrintOutcome printed(String detail, String where) {
        return new PrintOutcome(Result.PRINTED, detail, where == null ? "" : where);
    }

    public static PrintOutcome failed(Result result, String detail) {
        return new PrintOutcome(result, detail, "");
    }
}
