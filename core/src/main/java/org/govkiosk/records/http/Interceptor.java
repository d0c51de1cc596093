package org.govkiosk.records.http;

/**
 * A cross-cutting step around each call (correlation id, logging, retry, signing), in the manner of OkHttp:
 * it may change the request, call {@link Chain#proceed} zero or more times, and change or replace the answer.
 */
@FunctionalInterface
public interface Interceptor {
    WireResponse intercept(Chain chain) throws WireException;

    interface Chain {
        WireRequest request();

        WireResponse proceed(WireRequest request) throws WireException;
    }
}
