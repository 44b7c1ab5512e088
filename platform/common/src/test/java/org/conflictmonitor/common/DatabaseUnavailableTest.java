package org.conflictmonitor.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.conflictmonitor.common.error.DatabaseUnavailable;

/** Which failures mean the database is away (503, send again) and which are faults (500). */
class DatabaseUnavailableTest {

    @Test
    void aDatabaseDownRestartingOrRefusingConnectionsIsUnavailable() {
        assertThat(DatabaseUnavailable.causeOf(wrapped(new SQLException("Connection to localhost:15432 refused", "08001")))).isPresent();
        assertThat(DatabaseUnavailable.causeOf(wrapped(new SQLException("terminating connection due to administrator command", "57P01")))).isPresent();
        assertThat(DatabaseUnavailable.causeOf(wrapped(new SQLException("the database system is starting up", "57P03")))).isPresent();
        assertThat(DatabaseUnavailable.causeOf(wrapped(new SQLException("database \"events\" is not currently accepting connections", "55000")))).isPresent();
        assertThat(DatabaseUnavailable.causeOf(wrapped(new SQLException("Acquisition timeout while waiting for new connection")))).isPresent();
    }

    @Test
    void aFaultOfTheStatementIsNot() {
        assertThat(DatabaseUnavailable.causeOf(wrapped(new SQLException("duplicate key value violates unique constraint", "23505")))).isEmpty();
        assertThat(DatabaseUnavailable.causeOf(wrapped(new SQLException("syntax error at or near \"FORM\"", "42601")))).isEmpty();
        assertThat(DatabaseUnavailable.causeOf(new IllegalStateException("no SQL at all"))).isEmpty();
    }

    private static RuntimeException wrapped(SQLException e) {
        return new IllegalStateException("request failed", new RuntimeException("could not execute statement", e));
    }
}
