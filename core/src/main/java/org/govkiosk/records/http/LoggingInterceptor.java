package org.govkiosk.records.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per call: operation, method, status, size, time and correlation id. Never bodies, query values
 * or the citizen token, which is where personal data would be; paths carry only item codes and serials.
 */
public final class LoggingInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger("org.govkiosk.records.wire");

    @Override
    public WireResponse intercept(Chain chain) throws WireException {
        WireRequest r = chain.request();
        String corr = r.header(CorrelationInterceptor.HEADER);
        long start = System.nanoTime();
        try {
            WireResponse resp = chain.proceed(r);
            LOG.info("records {} {} -> {} ({} bytes, {} ms) corr={}", r.operation(), r.method(), resp.status(),
                    resp.body().length, (System.nanoTime() - start) / 1_000_000, corr);
            return resp;
        } catch (WireException e) {
            LOG.warn("records {} {} failed {} after {} ms: {} corr={}", r.operation(), r.method(), e.error(),
                    (System.nanoTime() - start) / 1_000_000, e.getMessage(), corr);
            throw e;
        }
    }
}
