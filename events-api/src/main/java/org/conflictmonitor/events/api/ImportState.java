package org.conflictmonitor.events.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "RUNNING while the importer sends rows; SUCCEEDED when every row was read (bad rows are reported, not fatal); FAILED when the run stopped early.")
public enum ImportState {
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean isFinished() {
        return this != RUNNING;
    }
}
