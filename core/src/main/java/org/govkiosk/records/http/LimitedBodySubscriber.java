package org.govkiosk.records.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.govkiosk.records.GatewayError;

/** Collects a body but gives up (and cancels the download) as soon as it passes the size limit. */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final long declared;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    LimitedBodySubscriber(long max, long declaredLength) {
        this.max = max;
        this.declared = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > max) {
            s.cancel();
            result.completeExceptionally(new WireException(GatewayError.TOO_LARGE,
                    "response declares " + declared + " bytes, limit is " + max));
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) return;
        for (ByteBuffer b : items) {
            if (buffer.size() + (long) b.remaining() > max) {
                subscription.cancel();
                result.completeExceptionally(new WireException(GatewayError.TOO_LARGE,
                        "response body passed the limit of " + max + " bytes"));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            buffer.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
