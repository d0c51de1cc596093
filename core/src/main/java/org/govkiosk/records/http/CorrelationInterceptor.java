package org.govkiosk.records.http;

/** Stamps {@code X-Correlation-Id} so one citizen session can be followed through kiosk and back-end logs. */
public final class CorrelationInterceptor implements Interceptor {
    public static final String HEADER = "X-Correlation-Id";

    @Override
    public WireResponse intercept(Chain chain) throws WireException {
        WireRequest r = chain.request();
        if (r.header(HEADER) == null) {
            r = r.withHeader(HEADER, "kiosk-" + java.util.UUID.randomUUID());
        }
        return chain.proceed(r);
    }
}
