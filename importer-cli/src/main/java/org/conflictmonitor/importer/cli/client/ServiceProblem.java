package org.conflictmonitor.importer.cli.client;

import java.util.stream.Collectors;

import org.conflictmonitor.api.problem.Problem;

/** A service refused a call: its status and, where it sent one, its RFC 9457 problem. */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final transient Problem problem;

    public ServiceProblem(int status, Problem problem) {
        super(describe(status, problem));
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }

    private static String describe(int status, Problem problem) {
        if (problem == null) {
            return "HTTP " + status;
        }
        String fields = problem.errors() == null || problem.errors().isEmpty() ? ""
                : problem.errors().stream().limit(10).map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ", " [", "]"));
        return "HTTP " + status + " " + problem.title() + ": " + problem.detail() + fields;
    }
}
