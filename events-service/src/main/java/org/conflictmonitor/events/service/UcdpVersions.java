package org.conflictmonitor.events.service;

/** UCDP dataset versions such as {@code 21.1} and {@code 23.1}, in the order UCDP released them. */
final class UcdpVersions {

    private UcdpVersions() {
    }

    /** Negative when {@code a} is older than {@code b}, 0 when the same, positive when newer; null is older than any. */
    static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int major = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return major != 0 ? major : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }
}
