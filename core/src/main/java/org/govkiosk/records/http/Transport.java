package org.govkiosk.records.http;

/** The last link of the chain: puts a request on the wire. */
@FunctionalInterface
public interface Transport {
    WireResponse execute(WireRequest request) throws WireException;

    /** A citizen's session ended: drop anything kept between requests (idle connections and their buffers). */
    default void endSession() {}
}
