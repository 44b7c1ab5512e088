package org.conflictmonitor.events.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import org.conflictmonitor.testing.platform.PlatformTestResource;

/**
 * The events service's tests run beside the real actors and sources services (with their seed data)
 * and a real Keycloak, because writing an event or claim checks its ids against them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "services", value = "actors-service,sources-service"))
public @interface EventsPlatformTest {
}
