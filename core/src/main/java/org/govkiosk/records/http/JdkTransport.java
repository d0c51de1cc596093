package org.govkiosk.records.http;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.govkiosk.records.GatewayError;

/**
 * java.net.http underneath the chain. The JDK's request timeout only covers the wait for headers, so the
 * whole exchange (headers and body, however slowly it drips) is bounded here by one deadline, and the body
 * by a size limit; every JDK exception is classified into a {@link GatewayError}.
 */
public final class JdkTransport implements Transport {
    /** Restricted headers the JDK sets itself. */
    private static final Set<String> SKIP = Set.of("content-length", "host", "connection");
    /** JDK 21+: {@code HttpClient.shutdownNow()}; absent on 17. */
    private static final MethodHandle SHUTDOWN_NOW = shutdownNow();
    /** The JDK names a client's selector thread after the id its toString() ends with, "...(7)". */
    private static final Pattern CLIENT_ID = Pattern.compile("\\((\\d+)\\)$");
    private final HttpClient.Builder builder;
    private volatile InUse current;
    private final URI base;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBodyBytes;

    public JdkTransport(URI base, Duration connectTimeout, Duration readTimeout, long maxBodyBytes, SSLContext tls) {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER);
        if (tls != null) b.sslContext(tls);
        this.builder = b;
        this.current = new InUse(b.build());
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public WireResponse execute(WireRequest r) throws WireException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path())).timeout(readTimeout)
                .method(r.method(), r.body().length == 0 && r.method().equals("GET")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        r.headers().forEach((k, v) -> {
            if (!SKIP.contains(k.toLowerCase())) b.header(k, v);
        });
        AtomicBoolean headersSeen = new AtomicBoolean();
        InUse use = current;
        // A client retired and stopped between the read and begin(): take the next one.
        while (!use.begin()) use = current;
        try {
            return send(use.client, b.build(), headersSeen);
        } finally {
            use.end();
        }
    }

    private WireResponse send(HttpClient c, HttpRequest request, AtomicBoolean headersSeen) throws WireException {
        CompletableFuture<HttpResponse<byte[]>> f = c.sendAsync(request, info -> {
            headersSeen.set(true);
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            return new LimitedBodySubscriber(maxBodyBytes, declared);
        });
        try {
            HttpResponse<byte[]> resp = f.get(connectTimeout.plus(readTimeout).toMillis(), TimeUnit.MILLISECONDS);
            return new WireResponse(resp.statusCode(), resp.headers().firstValue("content-type").orElse(""), resp.body());
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new WireException(GatewayError.TIMEOUT, (headersSeen.get() ? "body not complete" : "no answer")
                    + " within " + connectTimeout.plus(readTimeout).toMillis() + " ms from " + base);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new WireException(GatewayError.TIMEOUT, "interrupted while waiting for " + base);
        } catch (ExecutionException e) {
            throw classify(e.getCause(), headersSeen.get());
        }
    }

    /**
     * The JDK client keeps idle connections, and with them the read buffer that held the last answer (her
     * records), for up to 20 minutes, and Java 17 cannot close them. So each citizen gets a fresh client and the
     * old one is stopped as soon as no request runs on it: left to the garbage collector, each old client kept its
     * selector thread and its connections until a GC happened to clear it (serial GC, a quiet heap: 42 alive at
     * once over 1000 sessions). Not at once: a request still running on it need not be hers (the health check
     * shares this transport; stopping under it failed the check and put the kiosk out of service after a session);
     * it ends within the request deadline, and the client is stopped then.
     */
    @Override
    public void endSession() {
        InUse old = current;
        current = new InUse(builder.build());
        old.retire();
    }

    /** A client and the requests running on it: once retired, it is stopped when its last request is done. */
    private static final class InUse {
        final HttpClient client;
        private int running;
        private boolean retired;
        private boolean stopped;

        InUse(HttpClient client) {
            this.client = client;
        }

        /** False when already stopped: the caller takes the current client instead. */
        synchronized boolean begin() {
            if (stopped) return false;
            running++;
            return true;
        }

        void end() {
            boolean stopNow;
            synchronized (this) {
                running--;
                stopNow = retired && running == 0 && !stopped;
                if (stopNow) stopped = true;
            }
            if (stopNow) stop(client);
        }

        void retire() {
            boolean stopNow;
            synchronized (this) {
                retired = true;
                stopNow = running == 0 && !stopped;
                if (stopNow) stopped = true;
            }
            if (stopNow) stop(client);
        }
    }

    /**
     * Stops {@code c}: its connections close and its selector thread ends, so nothing of it stays reachable. On
     * Java 17-20 there is no API for that; the selector thread ends when interrupted and then stops the client
     * (closes its pooled connections), which is what the JDK's own shutdown does. Returns whether it was stopped
     * (false: an unknown JDK layout; the client then goes with the next GC as before).
     */
    static boolean stop(HttpClient c) {
        if (SHUTDOWN_NOW != null) {
            try {
                SHUTDOWN_NOW.invoke(c);
                return true;
            } catch (Throwable e) {
                // fall back to the selector thread
            }
        }
        Thread selector = selectorThread(c);
        if (selector == null) return false;
        selector.interrupt();
        return true;
    }

    static Thread selectorThread(HttpClient c) {
        Matcher m = CLIENT_ID.matcher(String.valueOf(c));
        if (!m.find()) return null;
        String name = "HttpClient-" + m.group(1) + "-SelectorManager";
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) root = root.getParent();
        Thread[] all = new Thread[root.activeCount() + 32];
        int n = root.enumerate(all, true);
        for (int i = 0; i < n; i++) {
            if (name.equals(all[i].getName())) return all[i];
        }
        return null;
    }

    private static MethodHandle shutdownNow() {
        try {
            return MethodHandles.publicLookup().findVirtual(HttpClient.class, "shutdownNow", MethodType.methodType(void.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    private WireException classify(Throwable t, boolean headersSeen) {
        Throwable c = t;
        while (c instanceof java.util.concurrent.CompletionException && c.getCause() != null) c = c.getCause();
        if (c instanceof WireException w) return w;
        String what = c.getClass().getSimpleName() + ": " + c.getMessage();
        if (c instanceof HttpConnectTimeoutException) {
            return new WireException(GatewayError.UNREACHABLE, "connect timeout to " + base, c);
        }
        if (c instanceof HttpTimeoutException) return new WireException(GatewayError.TIMEOUT, "no answer from " + base + " (" + what + ")", c);
        if (c instanceof ConnectException) return new WireException(GatewayError.UNREACHABLE, "cannot connect to " + base + " (" + what + ")", c);
        if (c instanceof SSLException) return new WireException(GatewayError.UNREACHABLE, "TLS with " + base + " failed (" + what + ")", c);
        if (headersSeen) return new WireException(GatewayError.MALFORMED, "response body cut short (" + what + ")", c);
        if (c instanceof ProtocolException) return new WireException(GatewayError.MALFORMED, "not an HTTP answer (" + what + ")", c);
        if (c instanceof IOException) return new WireException(GatewayError.UNREACHABLE, "connection to " + base + " dropped before an answer (" + what + ")", c);
        return new WireException(GatewayError.MALFORMED, "unexpected client failure (" + what + ")", c);
    }
}
