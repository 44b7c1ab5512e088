package org.conflictmonitor.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One stack for every end-to-end class: started by the first class that needs it, stopped once all
 * have run (it takes a minute or two to start, so each class starting its own would double the run).
 * The classes run in the order of their {@code @Order} (see junit-platform.properties), the one that
 * kills a service last.
 */
final class SharedStack implements BeforeAllCallback {

    private static RunningStack stack;

    @Override
    @SuppressWarnings("deprecation")
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(RunningStack.class, key -> {
            try {
                stack = RunningStack.start();
            } catch (Exception e) {
                throw new IllegalStateException("The local stack did not start", e);
            }
            ExtensionContext.Store.CloseableResource stop = () -> stack.close();
            return stop;
        });
    }

    static RunningStack stack() {
        return stack;
    }
}
