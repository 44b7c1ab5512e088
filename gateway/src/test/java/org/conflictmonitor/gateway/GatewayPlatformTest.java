package org.conflictmonitor.gateway;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import org.conflictmonitor.testing.platform.PlatformTestResource;

/**
 * The gateway's tests run against the three real services (packaged jars, seed data loaded), one
 * real PostgreSQL and a real Keycloak: nothing of ours is mocked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "services", value = "actors-service,sources-service,events-service"),
        @ResourceArg(name = "ownDatabase", value = "false"),
        @ResourceArg(name = "keycloakAdminClient", value = "true") })
public @interface GatewayPlatformTest {
}
