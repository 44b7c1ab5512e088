package org.conflictmonitor.gateway.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a bean whose methods call one service: what that service answers with an error, or its
 * silence, becomes a {@link org.conflictmonitor.gateway.error.GatewayError} naming it.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Downstream {

    /** The service's name, as operators know it (e.g. actors-service). */
    @Nonbinding
    String value();
}
