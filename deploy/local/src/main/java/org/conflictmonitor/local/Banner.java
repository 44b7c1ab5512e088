package org.conflictmonitor.local;

import java.nio.file.Path;

/** What a newcomer needs once the stack is up: where everything is and a first query to paste. */
final class Banner {

    private Banner() {
    }

    static String text(String adminUser, String adminPassword, Path logs) {
        return """

                  Analyst console (sign in as a demo user)             http://localhost:8080/console/
                  GraphiQL (send the token as an Authorization header)   http://localhost:8080/graphql-ui
                  GraphQL endpoint                                     http://localhost:8080/graphql
                  Keycloak console (%s / %s)                       http://localhost:8180/admin
                  OpenAPI UIs   actors   http://localhost:8081/q/swagger-ui
                                sources  http://localhost:8082/q/swagger-ui
                                events   http://localhost:8083/q/swagger-ui

                  Demo users (password = user name): viewer (reads), curator (edits), admin (deletes, merges, manages)

                  A first query, to paste in another terminal:

                TOKEN=$(curl -s -d client_id=conflict-monitor-cli -d grant_type=password -d username=viewer -d password=viewer \\
                  http://localhost:8180/realms/conflict-monitor/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
                curl -s http://localhost:8080/graphql -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                  -d '{"query": "{ event(id: \\"0e000000-0000-7000-8000-000000000001\\") { title claims { claimant { name } figures { group killed { best } injured { best } } } } }"}'

                  Logs: %s
                  Stop: Ctrl-C here, or deploy/local/down from another terminal.
                """.formatted(adminUser, adminPassword, logs);
    }
}
