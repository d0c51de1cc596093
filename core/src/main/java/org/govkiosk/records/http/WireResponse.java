package org.govkiosk.records.http;

/** A complete response: the transport has read the whole body (within the size limit) before returning. */
public record WireResponse(int status, String contentType, byte[] body) {
    public boolean isSuccess() { return status >= 200 && status < 300; }
}
