package org.conflictmonitor.launcher;

import java.nio.file.Path;

/** A process of the platform whose unexpected end someone should hear of ({@link ProcessWatch}). */
public interface Supervised {

    /** What a person calls it: the module, or "Keycloak". */
    String name();

    boolean isRunning();

    /** Where its output goes. */
    Path log();
}
