package org.govkiosk.records;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The blocking gateway moved off the caller's thread, for the UI: each call returns at once and its future
 * always completes normally with a {@link GatewayResult} (a bug in the gateway becomes a retryable failure),
 * so a screen can attach {@code thenAccept(r -> Gdx.app.postRunnable(...))} and never handle exceptions.
 */
public final class AsyncRecordsGateway implements AutoCloseable {
    private final RecordsGateway gateway;
    private final ExecutorService workers;

    public AsyncRecordsGateway(RecordsGateway gateway, int threads) {
        this.gateway = gateway;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "records-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public CompletableFuture<GatewayResult<CitizenRef>> identify(String sessionId, IdentifyRequest request) {
        return run(() -> gateway.identify(sessionId, request));
    }

    public CompletableFuture<GatewayResult<ItemRecord>> fetchRecord(String sessionId, CitizenRef citizen, String itemCode) {
        return run(() -> gateway.fetchRecord(sessionId, citizen, itemCode));
    }

    public CompletableFuture<GatewayResult<CertificateGrant>> requestCertificate(String sessionId, CitizenRef citizen, String itemCode) {
        return run(() -> gateway.requestCertificate(sessionId, citizen, itemCode));
    }

    public CompletableFuture<GatewayResult<byte[]>> signDigest(String sessionId, String serial, SignatureAlgorithm algorithm, byte[] digest) {
        return run(() -> gateway.signDigest(sessionId, serial, algorithm, digest));
    }

    public CompletableFuture<GatewayResult<CertificateStatus>> verifyCertificate(String serial) {
        return run(() -> gateway.verifyCertificate(serial));
    }

    public CompletableFuture<GatewayResult<ServiceHealth>> health() {
        return run(gateway::health);
    }

    private <T> CompletableFuture<GatewayResult<T>> run(Supplier<GatewayResult<T>> call) {
        CompletableFuture<GatewayResult<T>> f = new CompletableFuture<>();
        // Carries the caller's MDC (the session id) to the worker so its log lines stay attributable.
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        try {
            workers.execute(() -> {
                if (mdc != null) MDC.setContextMap(mdc);
                try {
                    GatewayResult<T> r = call.get();
                    f.complete(r != null ? r : GatewayResult.fail(GatewayError.MALFORMED, "gateway returned null"));
                } catch (RuntimeException | Error e) {
                    f.complete(GatewayResult.fail(GatewayError.MALFORMED, "gateway failed: " + e));
                } finally {
                    MDC.clear();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            f.complete(GatewayResult.fail(GatewayError.UNREACHABLE, "records worker pool is shut down"));
        }
        return f;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
