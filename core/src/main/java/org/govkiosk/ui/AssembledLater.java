package org.govkiosk.ui;

import com.badlogic.gdx.ApplicationListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The application while it is still being put together on another thread: the window opens meanwhile. On 2 cores
 * opening the window and its GL context (~0.5 s under software GL) and assembling the kiosk (config, catalog,
 * devices, records client: ~1 s) no longer run one after the other (issue 15, cold start). {@link #create} waits
 * for the assembly; a failed assembly fails there, with its own exception, and the window closes.
 */
public final class AssembledLater<T> implements ApplicationListener {
    private final CompletableFuture<T> assembly;
    private final java.util.function.Function<T, ? extends ApplicationListener> listenerOf;
    private ApplicationListener delegate;

    private AssembledLater(CompletableFuture<T> assembly, java.util.function.Function<T, ? extends ApplicationListener> listenerOf) {
        this.assembly = assembly;
        this.listenerOf = listenerOf;
    }

    /** The launcher's assembly; may throw what the launcher would have thrown before the window. */
    @FunctionalInterface
    public interface Assembly<T> {
        T make() throws Exception;
    }

    /** Starts {@code assemble} on a thread of its own; {@code listenerOf} picks the application out of what it made. */
    public static <T> AssembledLater<T> start(Assembly<T> assemble, java.util.function.Function<T, ? extends ApplicationListener> listenerOf) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(assemble.make());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "assembly");
        t.setDaemon(true);
        t.start();
        return new AssembledLater<>(f, listenerOf);
    }

    /** What the assembly made, waiting for it; throws what the assembly threw. */
    public T assembled() throws Exception {
        try {
            return assembly.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception x) throw x;
            if (e.getCause() instanceof Error x) throw x;
            throw e;
        }
    }

    /** What the assembly made, if it finished without an exception (a launcher closes only what was made). */
    public java.util.Optional<T> made() {
        return assembly.isDone() && !assembly.isCompletedExceptionally() ? java.util.Optional.of(assembly.join()) : java.util.Optional.empty();
    }

    @Override
    public void create() {
        T made;
        try {
            made = assembled();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AssemblyFailed(e);
        }
        delegate = listenerOf.apply(made);
        delegate.create();
    }

    /** A checked exception of the assembly, carried out of the window's loop; the launcher unwraps it. */
    public static final class AssemblyFailed extends RuntimeException {
        AssemblyFailed(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    @Override public void resize(int width, int height) { if (delegate != null) delegate.resize(width, height); }
    @Override public void render() { if (delegate != null) delegate.render(); }
    @Override public void pause() { if (delegate != null) delegate.pause(); }
    @Override public void resume() { if (delegate != null) delegate.resume(); }
    @Override public void dispose() { if (delegate != null) delegate.dispose(); }
}
