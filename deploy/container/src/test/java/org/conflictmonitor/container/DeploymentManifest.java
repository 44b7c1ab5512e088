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
 * How deploy/k8s/base runs one application: its container's security context, memory limit,
 * variables (the shared ConfigMap's, then its own; a secret's as the reference it names) and probes.
 */
record DeploymentManifest(long runAsUser, boolean readOnlyRootFilesystem, List<String> droppedCapabilities, String memoryLimit,
        Map<String, String> environment, String readinessPath, String readinessPort) {

    /** A variable whose value a secret holds: {@code secret:<name>/<key>}. */
    static final String SECRET = "secret:";

    static DeploymentManifest of(Path k8sBase, String module) {
        Map<String, String> environment = new LinkedHashMap<>();
        readAll(k8sBase.resolve("config.yaml")).stream().filter(o -> "platform-config".equals(o.at("/metadata/name").asText()))
                .forEach(config -> config.get("data").fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText())));
        JsonNode deployment = readAll(k8sBase.resolve(module + ".yaml")).stream().filter(o -> "Deployment".equals(o.path("kind").asText()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No Deployment in " + module + ".yaml"));
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        for (JsonNode variable : container.path("env")) {
            JsonNode secret = variable.at("/valueFrom/secretKeyRef");
            environment.put(variable.get("name").asText(), secret.isMissingNode()
                    ? variable.path("value").asText() : SECRET + secret.get("name").asText() + "/" + secret.get("key").asText());
        }
        List<String> dropped = new ArrayList<>();
        container.at("/securityContext/capabilities/drop").forEach(c -> dropped.add(c.asText()));
        return new DeploymentManifest(pod.at("/securityContext/runAsUser").asLong(),
                container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), dropped,
                container.at("/resources/limits/memory").asText(), environment,
                container.at("/readinessProbe/httpGet/path").asText(), container.at("/readinessProbe/httpGet/port").asText());
    }

    /** The container port a named port stands for. */
    static int containerPort(Path k8sBase, String module, String name) {
        JsonNode deployment = readAll(k8sBase.resolve(module + ".yaml")).stream().filter(o -> "Deployment".equals(o.path("kind").asText()))
                .findFirst().orElseThrow();
        for (JsonNode port : deployment.at("/spec/template/spec/containers/0/ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.get("containerPort").asInt();
            }
        }
        throw new IllegalStateException(module + " has no port named " + name);
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
