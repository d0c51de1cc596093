package org.govkiosk.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP/1.1 server (Jetty 12) that slow or hostile clients cannot stall: headers are parsed without a
 * thread per connection, a connection that has not sent a whole request head within {@link Limits#headerDeadline}
 * is closed, a body must arrive within {@link Limits#bodyDeadline}, idle connections close after
 * {@link Limits#idleTimeout} and at most {@link Limits#maxConnections} are open at once. Buffers are not pooled,
 * so request and response bytes (document numbers, records) become garbage with the request instead of waiting
 * in a pool. The records service and the kiosk's status endpoint both use it.
 */
public final class GuardedHttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GuardedHttpServer.class);

    /** What one request may cost the server. */
    public record Limits(int maxConnections, int threads, Duration headerDeadline, Duration bodyDeadline,
                         Duration idleTimeout, int maxBodyBytes) {
        public Limits {
            if (maxConnections < 1 || threads < 1 || maxBodyBytes < 0) throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Answers one request; runs on a server thread and may block (database, signing). */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpCall call) throws IOException;
    }

    private final Server server;
    private final ServerConnector connector;
    private final String name;

    private GuardedHttpServer(Server server, ServerConnector connector, String name) {
        this.server = server;
        this.connector = connector;
        this.name = name;
    }

    /**
     * @param host the address to bind (127.0.0.1, the management network's address)
     * @param port 0 for any free port
     * @param tls  serve HTTPS with this context; null for plain HTTP
     */
    public static GuardedHttpServer start(String name, String host, int port, SSLContext tls, Limits limits, Handler handler)
            throws IOException {
        // Jetty needs threads for the acceptor and the selector besides the request threads.
        QueuedThreadPool threads = new QueuedThreadPool(limits.threads() + 4, 2);
        threads.setName(name);
        threads.setDaemon(true);
        Scheduler scheduler = new ScheduledExecutorScheduler(name + "-timer", true);
        Server server = new Server(threads, scheduler, new ByteBufferPool.NonPooling());
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(16 * 1024);
        HttpConnectionFactory h1 = new HttpConnectionFactory(http);
        ServerConnector connector;
        if (tls == null) {
            connector = new ServerConnector(server, 1, 1, h1);
        } else {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setSslContext(tls);
            connector = new ServerConnector(server, 1, 1, new org.eclipse.jetty.server.SslConnectionFactory(ssl, "http/1.1"), h1);
        }
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptQueueSize(128);
        connector.addBean(new HeaderDeadline(scheduler, limits.headerDeadline()));
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        // The body is gathered without a thread (a slow body must not hold one); only a complete request is
        // handed to a request thread, where the handler may block.
        server.setHandler(new org.eclipse.jetty.server.Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                CompletableFuture<byte[]> body;
                if (request.getLength() > limits.maxBodyBytes()) {
                    body = CompletableFuture.failedFuture(new HttpCall.BodyRefused(413, "request body over " + limits.maxBodyBytes() + " bytes"));
                } else {
                    body = Content.Source.asByteArrayAsync(request, limits.maxBodyBytes())
                            .orTimeout(limits.bodyDeadline().toMillis(), TimeUnit.MILLISECONDS);
                }
                body.whenComplete((bytes, failure) -> threads.execute(() -> answer(request, response, callback, bytes, failure)));
                return true;
            }

            private void answer(Request request, Response response, Callback callback, byte[] bytes, Throwable failure) {
                HttpCall call = new HttpCall(request, response, bytes == null ? new byte[0] : bytes);
                if (failure != null) {
                    Throwable c = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    HttpCall.BodyRefused refused = c instanceof HttpCall.BodyRefused r ? r
                            : c instanceof TimeoutException ? new HttpCall.BodyRefused(408, "request body not received within " + limits.bodyDeadline().toMillis() + " ms")
                            : String.valueOf(c.getMessage()).contains("max size") ? new HttpCall.BodyRefused(413, "request body over " + limits.maxBodyBytes() + " bytes")
                            : null;
                    if (refused == null) {
                        log.debug("{}: request body failed: {}", name, c.toString());
                        callback.failed(c);
                    } else {
                        call.refuse(refused, callback);
                    }
                    return;
                }
                try {
                    handler.handle(call);
                    call.finish(callback);
                } catch (IOException | RuntimeException e) {
                    log.debug("{}: request failed: {}", name, e.toString());
                    callback.failed(e);
                }
            }
        });
        server.setStopTimeout(500);
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // the start failure is what the caller needs
            }
            throw new IOException(name + " could not listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new GuardedHttpServer(server, connector, name);
    }

    public int port() {
        return connector.getLocalPort();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("{} did not stop cleanly: {}", name, e.toString());
        }
    }

    /**
     * Closes a connection that has not delivered a complete request head in time after it opened (half-sent
     * requests). Later requests on a kept-alive connection are bounded by the idle timeout.
     */
    private static final class HeaderDeadline implements Connection.Listener {
        private final Scheduler scheduler;
        private final Duration deadline;

        HeaderDeadline(Scheduler scheduler, Duration deadline) {
            this.scheduler = scheduler;
            this.deadline = deadline;
        }

        @Override
        public void onOpened(Connection connection) {
            if (!(connection instanceof HttpConnection http)) return;
            scheduler.schedule(() -> {
                if (http.getMessagesIn() == 0 && http.getEndPoint().isOpen()) {
                    log.debug("closing {}: no complete request head within {} ms", http.getEndPoint().getRemoteSocketAddress(), deadline.toMillis());
                    http.getEndPoint().close();
                }
            }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
