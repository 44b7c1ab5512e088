package org.conflictmonitor.importer.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.conflictmonitor.api.problem.Problem;

class BisectTest {

    /** A service that refuses, as a whole, any batch holding one of the bad items. */
    private static void refusingBad(List<Integer> batch, List<Integer> bad, int status, List<List<Integer>> taken) {
        if (batch.stream().anyMatch(bad::contains)) {
            throw new ServiceProblem(status, new Problem("about:blank", "Invalid request", status, "refused", null, List.of()));
        }
        taken.add(List.copyOf(batch));
    }

    @Test
    void theRefusedItemsAreFoundAndEveryOtherItemIsSent() {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        List<List<Integer>> taken = new ArrayList<>();
        List<Integer> refused = new ArrayList<>();
        Bisect.send(items, batch -> refusingBad(batch, List.of(7, 250, 499), 422, taken), (item, problem) -> refused.add(item));
        assertThat(refused).containsExactly(7, 250, 499);
        assertThat(taken.stream().flatMap(List::stream).sorted().toList())
                .isEqualTo(items.stream().filter(i -> i != 7 && i != 250 && i != 499).toList());
    }

    @Test
    void aRefusalOfTheCallerOrOfTheRateOrAServiceFailureEndsTheRunInsteadOfBlamingRows() {
        for (int status : List.of(401, 403, 408, 413, 429, 500, 503)) {
            assertThatThrownBy(() -> Bisect.send(List.of(1, 2), batch -> refusingBad(batch, List.of(1), status, new ArrayList<>()),
                    (item, problem) -> {
                    })).isInstanceOf(ServiceProblem.class);
        }
    }
}
