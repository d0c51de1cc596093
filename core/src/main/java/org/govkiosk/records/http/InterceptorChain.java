package org.govkiosk.records.http;

import java.util.List;

/** Runs interceptors in order and ends at the transport. A new chain object per step keeps retries re-entrant. */
final class InterceptorChain implements Interceptor.Chain {
    private final List<Interceptor> interceptors;
    private final int index;
    private final WireRequest request;
    private final Transport transport;

    InterceptorChain(List<Interceptor> interceptors, Transport transport, WireRequest request) {
        this(interceptors, 0, request, transport);
    }

    private InterceptorChain(List<Interceptor> interceptors, int index, WireRequest request, Transport transport) {
        this.interceptors = interceptors;
        this.index = index;
        this.request = request;
        this.transport = transport;
    }

    @Override
    public WireRequest request() { return request; }

    @Override
    public WireResponse proceed(WireRequest next) throws WireException {
        if (index >= interceptors.size()) return transport.execute(next);
        return interceptors.get(index).intercept(new InterceptorChain(interceptors, index + 1, next, transport));
    }
}
