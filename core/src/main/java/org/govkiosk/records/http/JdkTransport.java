package org.govkiosk.records.http;

import java.io.IOException;
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
    private final HttpClient.Builder builder;
    private volatile HttpClient client;
    private final URI base;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBodyBytes;

    public JdkTransport(URI base, Duration connectTimeout, Duration readTimeout, long maxBodyBytes, SSLContext tls) {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER);
        if (tls != null) b.sslContext(tls);
        this.builder = b;
        this.client = b.build();
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
        HttpClient c = client;
        CompletableFuture<HttpResponse<byte[]>> f = c.sendAsync(b.build(), info -> {
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
     * records), for up to 20 minutes, and Java 17 cannot close them. So each citizen gets a fresh client: once
     * nothing refers to the old one, its selector thread notices (within about 3 s), closes its connections and
     * everything it held becomes garbage.
     */
    @Override
    public void endSession() {
        client = builder.build();
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
