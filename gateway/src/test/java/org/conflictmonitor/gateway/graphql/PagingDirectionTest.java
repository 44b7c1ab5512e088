package org.conflictmonitor.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.conflictmonitor.gateway.error.GatewayError;
import org.conflictmonitor.gateway.model.PageRequest;

/** Which way a connection pages, from Relay's four arguments. */
class PagingDirectionTest {

    @Test
    void forwardByDefaultWithTwentyItems() {
        assertThat(PagingDirection.of(null, null, null, null)).isEqualTo(new PageRequest(false, 20, null));
        assertThat(PagingDirection.of(5, "c", null, null)).isEqualTo(new PageRequest(false, 5, "c"));
    }

    @Test
    void backwardWithLastAndBefore() {
        assertThat(PagingDirection.of(null, null, 7, "c")).isEqualTo(new PageRequest(true, 7, "c"));
    }

    @Test
    void bothWaysOrBackwardWithoutAnItemOrAnOddSizeAreTheCallersError() {
        assertThatThrownBy(() -> PagingDirection.of(2, null, 2, "c")).isInstanceOf(GatewayError.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> PagingDirection.of(null, "c", 2, "c")).isInstanceOf(GatewayError.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> PagingDirection.of(null, null, 2, null)).isInstanceOf(GatewayError.class).hasMessageContaining("`before`");
        assertThatThrownBy(() -> PagingDirection.of(null, null, null, "c")).isInstanceOf(GatewayError.class).hasMessageContaining("with `last`");
        assertThatThrownBy(() -> PagingDirection.of(null, null, 101, "c")).isInstanceOf(GatewayError.class).hasMessageContaining("`last`");
    }
}
