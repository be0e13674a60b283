package org.oerfed.harvest.oaipmh;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body in memory up to a limit, and can be aborted from another thread. Unlike the
 * JDK's {@code ofInputStream()}, whose blocking reads no timeout reaches, this lets the caller bound the
 * whole body read with a deadline: when the deadline passes it calls {@link #abort()}, which cancels the
 * subscription and so the exchange.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    private final int limit;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    CappedBodySubscriber(int limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (body.size() + (long) buffer.remaining() > limit) {
                fail(new ResponseTooLargeException("response body", limit));
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            body.write(bytes, 0, bytes.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(body.toByteArray());
    }

    /** Stops reading: the body will never complete. */
    void abort() {
        fail(new java.util.concurrent.CancellationException("body read aborted"));
    }

    private void fail(Throwable error) {
        result.completeExceptionally(error);
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
