package org.conflictmonitor.gateway.graphql;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Hands one request's batched answers back to GraphQL one at a time, in the order they arrive.
 * <p>
 * graphql-java dispatches every data loader of a request whenever a level of the query is ready.
 * When two answers were handed back on two threads at once, one could make a level ready (and
 * dispatch everything queued) while the other was still giving its values to their fields, so a
 * batch of keys was cut in two and the service called twice where once was enough. On one lane
 * per request that cannot happen, and the services' calls stay the same however the answers race.
 * The calls themselves still run side by side on the worker pool; only their answers queue here.
 */
public final class RequestLane implements Executor {

    private static final Logger LOG = Logger.getLogger(RequestLane.class);
    private static final String KEY = RequestLane.class.getName();

    private final Executor pool;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    RequestLane(Executor pool) {
        this.pool = pool;
    }

    /**
     * Opens the lane of the request this thread has just received, before its work is spread over
     * threads: each thread then works on a copy of the request's context holding this same lane.
     */
    public static void open(Executor pool) {
        if (onRequestContext()) {
            ContextLocals.put(KEY, new RequestLane(pool));
        }
    }

    /** The lane of the request this thread works for; the pool itself outside a request. */
    static Executor ofCurrentRequest(Executor pool) {
        return onRequestContext() ? ContextLocals.<Executor> get(KEY).orElse(pool) : pool;
    }

    private static boolean onRequestContext() {
        Context context = Vertx.currentContext();
        return context != null && VertxContext.isDuplicatedContext(context);
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        drainIfIdle();
    }

    private void drainIfIdle() {
        if (draining.compareAndSet(false, true)) {
            pool.execute(this::drain);
        }
    }

    private void drain() {
        try {
            for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                runOne(task);
            }
        } finally {
            draining.set(false);
        }
        // A task added between the last poll and the flag's reset would otherwise wait for the next one.
        if (!tasks.isEmpty()) {
            drainIfIdle();
        }
    }

    private static void runOne(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // The task completes a future; a failure here belongs to that future, not to the lane.
            LOG.error("A batched answer could not be handed back to GraphQL", e);
        }
    }
}
