package org.conflictmonitor.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.conflictmonitor.api.paging.Page;
import org.conflictmonitor.common.error.ProblemException;

/** A list's `cursor` and `before` parameters: which side of the cursor, read which way, shown in list order. */
class KeysetRequestTest {

    @Test
    void withoutCursorsTheListStartsFromTheTop() {
        KeysetRequest request = KeysetRequest.of(null, " ");
        assertThat(request.backward()).isFalse();
        assertThat(request.<String>key((cursor, parameter) -> cursor)).isNull();
    }

    @Test
    void forwardKeepsTheListsOrderAndBackwardReadsTheOtherWay() {
        KeysetRequest after = KeysetRequest.of("c", null);
        assertThat(after.comparison(true)).isEqualTo(">");
        assertThat(after.direction(true)).isEqualTo("ASC");
        assertThat(after.comparison(false)).isEqualTo("<");
        assertThat(after.direction(false)).isEqualTo("DESC");

        KeysetRequest before = KeysetRequest.of(null, "c");
        assertThat(before.comparison(true)).isEqualTo("<");
        assertThat(before.direction(true)).isEqualTo("DESC");
        assertThat(before.comparison(false)).isEqualTo(">");
        assertThat(before.direction(false)).isEqualTo("ASC");
    }

    @Test
    void theKeyIsReadNamingTheParameterItCameIn() {
        assertThat(KeysetRequest.of("c1", null).<String>key((cursor, parameter) -> parameter + ":" + cursor)).isEqualTo("cursor:c1");
        assertThat(KeysetRequest.of(null, "c2").<String>key((cursor, parameter) -> parameter + ":" + cursor)).isEqualTo("before:c2");
    }

    @Test
    void aBackwardPageIsShownInListOrderWithACursorForTheItemsBeforeIt() {
        // Rows nearest the cursor first, one more than the page: 5 and 4 are the page, 3 says more precede.
        Page<Integer> page = KeysetRequest.of(null, "c").page(List.of(5, 4, 3), 2, Function.identity(), row -> new String[] { "k" + row });
        assertThat(page.items()).containsExactly(4, 5);
        assertThat(page.previousCursor()).isEqualTo(KeysetCursor.encode("k4"));
        assertThat(page.nextCursor()).isNull();

        Page<Integer> forward = KeysetRequest.of("c", null).page(List.of(1, 2, 3), 2, Function.identity(), row -> new String[] { "k" + row });
        assertThat(forward.items()).containsExactly(1, 2);
        assertThat(forward.nextCursor()).isEqualTo(KeysetCursor.encode("k2"));
    }

    @Test
    void bothWaysAtOnceIsTheClientsError() {
        assertThatThrownBy(() -> KeysetRequest.of("a", "b")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("before"));
        });
    }
}
