package org.govkiosk.records.http;

import java.time.Duration;
import java.util.Set;
import org.govkiosk.records.GatewayError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats idempotent calls a bounded number of times when the failure is likely brief: connection refused or
 * reset, or 502/503/504 from a proxy. Timeouts are not retried: the citizen has already waited the full read
 * timeout once, and the UI offers "try again" instead. Non-idempotent calls are never repeated.
 */
public final class RetryInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);
    private static final Set<Integer> RETRY_STATUS = Set.of(502, 503, 504);
    private final int retries;
    private final Duration backoff;

    public RetryInterceptor(int retries, Duration backoff) {
        this.retries = Math.max(0, retries);
        this.backoff = backoff;
    }

    @Override
    public WireResponse intercept(Chain chain) throws WireException {
        WireRequest r = chain.request();
        int attempt = 0;
        while (true) {
            try {
                WireResponse resp = chain.proceed(r);
                if (!r.idempotent() || attempt >= retries || !RETRY_STATUS.contains(resp.status())) return resp;
                LOG.info("records {} got HTTP {}, retry {}/{}", r.operation(), resp.status(), attempt + 1, retries);
            } catch (WireException e) {
                if (!r.idempotent() || attempt >= retries || e.error() != GatewayError.UNREACHABLE) throw e;
                LOG.info("records {} unreachable ({}), retry {}/{}", r.operation(), e.getMessage(), attempt + 1, retries);
            }
            attempt++;
            pause(backoff.multipliedBy(1L << Math.min(attempt - 1, 4)));
        }
    }

    private static void pause(Duration d) throws WireException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WireException(GatewayError.TIMEOUT, "interrupted while waiting to retry");
        }
    }
}
