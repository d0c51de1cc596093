package org.govkiosk.records.http;

import java.io.IOException;
import org.govkiosk.records.GatewayError;

/** A transport failure already classified into the gateway's typed outcomes. Detail is for technicians only. */
public class WireException extends IOException {
    private final GatewayError error;

    public WireException(GatewayError error, String detail) {
        super(detail);
        this.error = error;
    }

    public WireException(GatewayError error, String detail, Throwable cause) {
        super(detail, cause);
        this.error = error;
    }

    public GatewayError error() { return error; }
}
