package org.conflictmonitor.importer.cli.client;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Sends a batch that a service takes or refuses as a whole, and on a refusal of the request's content
 * (a 4xx other than 401 and 403) halves it until the items it refuses are found: those go to
 * {@code refused}, all others are sent. A refusal of the caller or a failure of the service ends the run.
 */
public final class Bisect {

    private Bisect() {
    }

    /** Whether the service refused what was sent, rather than who sent it or its own failure. */
    public static boolean refusesContent(ServiceProblem problem) {
        return problem.status() >= 400 && problem.status() < 500 && problem.status() != 401 && problem.status() != 403;
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
