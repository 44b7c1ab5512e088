package org.conflictmonitor.gateway.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.conflictmonitor.gateway.error.ErrorCode;
import org.conflictmonitor.gateway.error.GatewayError;
import org.conflictmonitor.gateway.model.GrantableRole;

/** Without the service account's secret the gateway runs, and user administration says what is missing. */
class UsersServiceTest {

    private final UsersService unconfigured = new UsersService(null, "conflict-monitor", UsersService.UNSET);

    @Test
    void withoutTheSecretUserAdministrationSaysWhatToSet() {
        assertThatThrownBy(() -> unconfigured.list(null, 0, 10))
                .isInstanceOfSatisfying(GatewayError.class, e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE))
                .hasMessageContaining("QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET");
        assertThatThrownBy(() -> unconfigured.grant("viewer", GrantableRole.CURATOR)).isInstanceOf(GatewayError.class);
        assertThatThrownBy(() -> unconfigured.revoke("viewer", GrantableRole.CURATOR)).isInstanceOf(GatewayError.class);
    }
}
