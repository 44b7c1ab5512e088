package org.conflictmonitor.importer.cli.client;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Sends a batch that a service takes or refuses as a whole, and on a refusal of the request's content
 * ({@link #refusesContent}) halves it until the items it refuses are found: those go to
 * {@code refused}, all others are sent. A refusal of the caller or a failure of the service ends the run.
 */
public final class Bisect {

    private Bisect() {
    }

    /**
     * Whether the service refused what was sent (400 invalid, 409 clashing, 422 referring to nothing), rather
     * than who sent it, how fast or how much (401, 403, 408, 413, 429), or failed itself (5xx).
     */
    public static boolean refusesContent(ServiceProblem problem) {
        return problem.status() == 400 || problem.status() == 409 || problem.status() == 422;
    }

    public static <T> void send(List<T> items, Consumer<List<T>> call, BiConsumer<T, ServiceProblem> refused) {
        if (items.isEmpty()) {
            return;
        }
        try {
            call.accept(items);
        } catch (ServiceProblem problem) {
            if (!refusesContent(problem)) {
                throw problem;
            }
            if (items.size() == 1) {
                refused.accept(items.get(0), problem);
                return;
            }
            int half = items.size() / 2;
            send(items.subList(0, half), call, refused);
            send(items.subList(half, items.size()), call, refused);
        }
    }
}
