package org.conflictmonitor.container;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.http.ContentType;

import org.conflictmonitor.launcher.KeycloakDistribution;
import org.conflictmonitor.launcher.KeycloakServer;
import org.conflictmonitor.launcher.RealmFiles;
import org.conflictmonitor.testing.data.SharedData;
import org.conflictmonitor.testing.keycloak.KeycloakTokens;
import org.conflictmonitor.testing.keycloak.TestRealm;
import org.conflictmonitor.testing.postgres.TestDatabases;

/**
 * Every application's image, built from deploy/container/Dockerfile as ops build it (the base
 * replaced, since no registry is reachable here), then run as deploy/k8s/base runs it: its user,
 * a read-only root file system with /tmp writable, no capabilities, no privilege escalation, its
 * memory limit, its variables (cluster host names, the issuer and secrets replaced by this test's
 * PostgreSQL, Keycloak and containers). Each must become ready on its readiness probe and serve a
 * real request with a real token; the gateway's answer comes from the service containers. The
 * importer's image runs as its Job runs it, with the Job's arguments, and imports through them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImagesIT {

    static final Path ROOT = RealmFiles.repositoryRoot();
    static final Path K8S_BASE = ROOT.resolve("deploy/k8s/base");
    static final String PUBLIC_AUTH = "https://auth.conflict-monitor.example";
    static final String EVENTS_PAGE = "sha256:d532d6775af73aab774115e99cd27a0b90a32a0fdf740493a2a2160ead553a3a";

    static Podman podman;
    static String base;
    static TestDatabases databases;
    static KeycloakServer keycloak;
    static KeycloakTokens tokens;
    /** The API's address of each application started, by module. */
    static final Map<String, String> running = new LinkedHashMap<>();
    /** The modules whose images were built. */
    static final List<String> built = new ArrayList<>();
    static String actorId;

    @BeforeAll
    static void podmanAndTheTestStack() {
        podman = Podman.onThisMachine(ROOT.resolve(".cache/podman"));
        base = TestBaseImage.build(podman, Path.of("target/base-image").toAbsolutePath());
        databases = TestDatabases.start();
        keycloak = KeycloakServer.start(KeycloakDistribution.fromSystemProperty(), TestRealm.compose(), Path.of("target"));
        tokens = new KeycloakTokens(keycloak);
    }

    @AfterAll
    static void removeContainers() {
        for (String module : running.keySet()) {
            List<String> log = podman.tryCall(Duration.ofMinutes(1), "logs", container(module)).output().lines().toList();
            System.out.println("[images] the end of " + module + "'s log:\n  " + String.join("\n  ", log.subList(Math.max(0, log.size() - 5), log.size())));
            podman.tryCall(Duration.ofMinutes(1), "rm", "-f", "-t", "5", container(module));
        }
        built.forEach(module -> podman.tryCall(Duration.ofMinutes(1), "rmi", "-f", image(module)));
        if (keycloak != null) {
            keycloak.close();
        }
        if (databases != null) {
            databases.close();
        }
    }

    @Test
    @Order(1)
    void actorsServiceImage() {
        String url = start("actors-service");
        actorId = given().auth().oauth2(tokens.accessToken("curator")).contentType(ContentType.JSON)
                .body("{\"kind\": \"NON_STATE_ARMED_GROUP\", \"name\": \"Image test group " + UUID.randomUUID() + "\", \"country\": \"ARM\"}")
                .when().post(url + "/actors").then().statusCode(201).extract().path("id");
        given().auth().oauth2(tokens.accessToken("viewer")).when().get(url + "/actors/" + actorId).then().statusCode(200)
                .body("id", equalTo(actorId));
    }

    @Test
    @Order(2)
    void sourcesServiceImage() {
        String url = start("sources-service");
        given().auth().oauth2(tokens.accessToken("viewer")).when().get(url + "/sources").then().statusCode(200);
    }

    @Test
    @Order(3)
    void eventsServiceImageChecksActorsWithTheActorsContainer() {
        String url = start("events-service");
        given().auth().oauth2(tokens.accessToken("curator")).contentType(ContentType.JSON).body("""
                {"dateFrom": "2020-07-12", "subEventType": "ARMED_CLASH", "title": "Clash seen from the images",
                 "location": {"country": "ARM"}, "status": "PUBLISHED", "actors": [{"actorId": "%s", "side": "A"}]}
                """.formatted(actorId)).when().post(url + "/events").then().statusCode(201);
    }

    @Test
    @Order(4)
    void gatewayImageAnswersFromTheServiceContainers() {
        String url = start("gateway");
        given().auth().oauth2(tokens.accessToken("viewer")).contentType(ContentType.JSON)
                .body(Map.of("documentId", EVENTS_PAGE, "variables", Map.of("first", 10)))
                .when().post(url + "/graphql").then().statusCode(200)
                .body("data.events.nodes.title", hasItem("Clash seen from the images"))
                .body("data.events.nodes[0].actors[0].actor.id", equalTo(actorId));
    }

    /**
     * The importer's image runs the UCDP import Job as deploy/k8s/jobs/ucdp-import runs it: the
     * Job's arguments name the command and the file on the read-only data volume (here the shared
     * UCDP sample), and the import goes through the service containers as the importer's service
     * account, on record in events-service.
     */
    @Test
    @Order(5)
    void importerImageRunsTheImportJobWithItsArguments(@TempDir Path data) throws IOException {
        DeploymentManifest job = DeploymentManifest.job(ROOT.resolve("deploy/k8s/jobs/ucdp-import/job.yaml"));
        assertThat(job.args()).as("the Job's arguments: a command and a file on the data volume").hasSize(2);
        Path file = Path.of(job.args().get(1));
        assertThat(file.getParent()).as("the Job's file is on its data volume").isEqualTo(Path.of("/data"));
        Files.copy(SharedData.file(file.getFileName().toString()), data.resolve(file.getFileName()));
        // The volume is the operator's: readable by the Job's user, as a claim filled for it is.
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve(file.getFileName()), PosixFilePermissions.fromString("rw-r--r--"));

        List<String> run = runAsTheManifestSays("importer-cli", job, Map.of("/data", data));
        run.add(1, "--rm");
        forTheTestStack(job.environment(), null).forEach((name, value) -> run.addAll(List.of("-e", name + "=" + value)));
        run.add(image("importer-cli"));
        run.addAll(job.args());
        Podman.Result imported = podman.tryCall(Duration.ofMinutes(10), run.toArray(String[]::new));
        System.out.println("[images] the importer's output:\n  " + String.join("\n  ", imported.output().lines().toList()));
        assertThat(imported.exit()).as("the importer's exit code").isZero();

        given().auth().oauth2(tokens.accessToken("admin")).when().get(running.get("events-service") + "/imports").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].state", equalTo("SUCCEEDED"))
                .body("items[0].file", equalTo(file.getFileName().toString()))
                .body("items[0].rowsRead", equalTo(1000))
                .body("items[0].startedBy", equalTo("service-account-conflict-monitor-importer"));
        given().auth().oauth2(tokens.accessToken("viewer")).queryParam("ucdpEventId", 300380)
                .when().get(running.get("events-service") + "/events").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    /** Builds the module's image, runs it as its manifest says, and waits for its readiness probe. */
    private static String start(String module) {
        DeploymentManifest manifest = DeploymentManifest.deployment(K8S_BASE, module);
        int http = freePort();
        int management = freePort();
        assertThat(manifest.readinessPort()).as("the probes' port is the management interface's").isEqualTo(9000);
        assertThat(manifest.environment().get("QUARKUS_MANAGEMENT_PORT")).as("the manifest's management port is the image's default")
                .isNull();
        List<String> run = runAsTheManifestSays(module, manifest, Map.of());
        run.add(1, "-d");
        Map<String, String> environment = forTheTestStack(manifest.environment(), module.equals("gateway") ? null : databases.create());
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(http));
        environment.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(management));
        environment.forEach((name, value) -> run.addAll(List.of("-e", name + "=" + value)));
        run.add(image(module));
        podman.call(Duration.ofMinutes(2), run.toArray(String[]::new));

        long started = System.nanoTime();
        awaitReady(module, "http://localhost:" + management + manifest.readinessPath());
        System.out.printf("[images] %s ready on its readiness probe in %d ms%n", module, (System.nanoTime() - started) / 1_000_000);
        String url = "http://localhost:" + http;
        running.put(module, url);
        return url;
    }

    /**
     * Builds the module's image and returns the {@code podman run} that runs it as the manifest
     * says, up to its variables: its user, a read-only root with /tmp writable, no privilege
     * escalation, its memory limit, its capabilities dropped, and its other volumes from the
     * directories given for their mount paths.
     */
    private static List<String> runAsTheManifestSays(String module, DeploymentManifest manifest, Map<String, Path> volumes) {
        assertThat(manifest.runAsUser()).as("uid").isEqualTo(185);
        assertThat(manifest.readOnlyRootFilesystem()).as("read-only root").isTrue();
        assertThat(manifest.droppedCapabilities()).as("capabilities dropped").contains("ALL");

        long began = System.nanoTime();
        podman.call(Duration.ofMinutes(10), "build", "--squash", "--build-arg", "BASE=" + base, "--build-arg", "MODULE=" + module,
                "-f", ROOT.resolve("deploy/container/Dockerfile").toString(), "-t", image(module), ROOT.toString());
        built.add(module);
        String size = podman.call(Duration.ofMinutes(1), "image", "inspect", "--format", "{{.Size}}", image(module)).strip();
        System.out.printf("[images] %s built in %d s, %d MB%n", module, (System.nanoTime() - began) / 1_000_000_000L,
                Long.parseLong(size) / 1_000_000);

        List<String> run = new ArrayList<>(List.of("run", "--name", container(module), "--network", "host",
                "--user", Long.toString(manifest.runAsUser()), "--read-only", "--tmpfs", "/tmp", "--security-opt", "no-new-privileges",
                "--memory", manifest.podmanMemory(), "--ulimit", "nofile=20000:20000", "--ulimit", "nproc=4096:4096"));
        manifest.droppedCapabilities().forEach(capability -> run.addAll(List.of("--cap-drop", capability)));
        manifest.mounts().forEach((path, readOnly) -> {
            if (!path.equals("/tmp")) {
                Path directory = volumes.get(path);
                assertThat(directory).as("a directory for the volume mounted on " + path).isNotNull();
                run.addAll(List.of("-v", directory + ":" + path + (readOnly ? ":ro" : "")));
            }
        });
        return run;
    }

    /**
     * The manifest's variables with what belongs to the cluster replaced by this test's: the other
     * applications' Service names by their containers, the public issuer and the in-cluster Keycloak
     * by this Keycloak, the secrets by this database (null for an application without one) and the
     * clients' secrets.
     */
    private static Map<String, String> forTheTestStack(Map<String, String> manifest, TestDatabases.Database database) {
        Map<String, String> environment = new LinkedHashMap<>();
        manifest.forEach((name, value) -> {
            String local = value.replace(PUBLIC_AUTH, keycloak.serverUrl()).replace("http://keycloak-service:8080", keycloak.serverUrl());
            for (Map.Entry<String, String> other : running.entrySet()) {
                local = local.replace("http://" + other.getKey() + ":8080", other.getValue());
            }
            if (local.startsWith(DeploymentManifest.SECRET)) {
                local = secret(local.substring(DeploymentManifest.SECRET.length()), database);
            }
            environment.put(name, local);
        });
        return environment;
    }

    private static String secret(String reference, TestDatabases.Database database) {
        return switch (reference) {
            case "gateway-keycloak-admin/client-secret" -> keycloak.clientSecret("conflict-monitor-admin");
            case "importer-keycloak-client/client-secret" -> keycloak.clientSecret("conflict-monitor-importer");
            default -> switch (reference.substring(reference.indexOf('/') + 1)) {
                case "jdbc-uri" -> database.url();
                case "username" -> database.user();
                case "password" -> database.password();
                default -> throw new IllegalStateException("No test value for the secret " + reference);
            };
        };
    }

    private static void awaitReady(String module, String probe) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(probe)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            String state = podman.call(Duration.ofMinutes(1), "inspect", "--format", "{{.State.Status}}", container(module)).strip();
            if (!state.equals("running")) {
                throw new AssertionError(module + "'s container is " + state + " before it was ready:\n"
                        + podman.tryCall(Duration.ofMinutes(1), "logs", container(module)).output());
            }
            sleep(500);
        }
        throw new AssertionError(module + " was not ready on " + probe + " within 3 minutes:\n"
                + podman.tryCall(Duration.ofMinutes(1), "logs", container(module)).output());
    }

    private static String image(String module) {
        return "localhost/conflict-monitor/" + module + ":image-test";
    }

    private static String container(String module) {
        return "cm-image-test-" + module;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
