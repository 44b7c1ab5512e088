package org.conflictmonitor.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * How a manifest runs one application's container: its security context, memory limit, variables
 * (for a Deployment the shared ConfigMap's, then its own; a secret's as the reference it names),
 * arguments, volume mounts and readiness probe.
 *
 * @param readinessPort the container port the readiness probe calls, 0 for a Job's container (it has no probes)
 * @param mounts the mount path of each volume, with whether it is mounted read-only
 */
record DeploymentManifest(long runAsUser, boolean readOnlyRootFilesystem, List<String> droppedCapabilities, String memoryLimit,
        Map<String, String> environment, List<String> args, Map<String, Boolean> mounts, String readinessPath, int readinessPort) {

    /** A variable whose value a secret holds: {@code secret:<name>/<key>}. */
    static final String SECRET = "secret:";

    /** The Deployment of deploy/k8s/base/{module}.yaml, with the platform ConfigMap's variables. */
    static DeploymentManifest deployment(Path k8sBase, String module) {
        Map<String, String> environment = new LinkedHashMap<>();
        readAll(k8sBase.resolve("config.yaml")).stream().filter(o -> "platform-config".equals(o.at("/metadata/name").asText()))
                .forEach(config -> config.get("data").fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText())));
        return of(k8sBase.resolve(module + ".yaml"), "Deployment", environment);
    }

    /** The Job in the file (a Job's pod takes no ConfigMap: its variables are its own). */
    static DeploymentManifest job(Path file) {
        return of(file, "Job", new LinkedHashMap<>());
    }

    private static DeploymentManifest of(Path file, String kind, Map<String, String> environment) {
        JsonNode workload = readAll(file).stream().filter(o -> kind.equals(o.path("kind").asText()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + kind + " in " + file));
        JsonNode pod = workload.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        for (JsonNode variable : container.path("env")) {
            JsonNode secret = variable.at("/valueFrom/secretKeyRef");
            environment.put(variable.get("name").asText(), secret.isMissingNode()
                    ? variable.path("value").asText() : SECRET + secret.get("name").asText() + "/" + secret.get("key").asText());
        }
        List<String> dropped = new ArrayList<>();
        container.at("/securityContext/capabilities/drop").forEach(c -> dropped.add(c.asText()));
        List<String> args = new ArrayList<>();
        container.path("args").forEach(a -> args.add(a.asText()));
        Map<String, Boolean> mounts = new LinkedHashMap<>();
        container.path("volumeMounts").forEach(m -> mounts.put(m.get("mountPath").asText(), m.path("readOnly").asBoolean()));
        JsonNode probe = container.at("/readinessProbe/httpGet");
        return new DeploymentManifest(pod.at("/securityContext/runAsUser").asLong(),
                container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), dropped,
                container.at("/resources/limits/memory").asText(), environment, args, mounts,
                probe.path("path").asText(), probe.isMissingNode() ? 0 : containerPort(container, probe.get("port")));
    }

    /** The container port a probe's port stands for: a number, or the name of one of the container's ports. */
    private static int containerPort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode named : container.path("ports")) {
            if (port.asText().equals(named.path("name").asText())) {
                return named.get("containerPort").asInt();
            }
        }
        throw new IllegalStateException("The container " + container.path("name").asText() + " has no port named " + port.asText());
    }

    /** Podman's --memory for the limit (Kubernetes' Mi is Podman's m). */
    String podmanMemory() {
        return memoryLimit.replace("Mi", "m").replace("Gi", "g");
    }

    private static List<JsonNode> readAll(Path file) {
        try (MappingIterator<JsonNode> documents = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).readValues(file.toFile())) {
            return documents.readAll().stream().filter(d -> d != null && !d.isNull() && !d.isMissingNode()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
