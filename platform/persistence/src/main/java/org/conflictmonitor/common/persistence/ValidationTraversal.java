package org.conflictmonitor.common.persistence;

import java.lang.annotation.ElementType;

import jakarta.inject.Singleton;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * Bean Validation here checks records (requests), never entities, so the JPA-aware traversal Quarkus
 * sets up beside Hibernate ORM only costs: for each property of each record it asks whether JPA has
 * loaded it, and caches the answer in a map per validation. That was a tenth of
 * {@code POST /events/bulk}'s CPU in a profile (500 events a request). Every property is reachable,
 * and with nothing to look up there is nothing to cache.
 */
@Singleton
public class ValidationTraversal implements TraversableResolver, ValidatorFactoryCustomizer {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType, Path pathToTraversableObject,
            ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType, Path pathToTraversableObject,
            ElementType elementType) {
        return true;
    }

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.enableTraversableResolverResultCache(false);
    }
}
