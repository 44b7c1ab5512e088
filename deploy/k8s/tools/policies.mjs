// What the schemas cannot say: rules every rendered overlay must keep. Each takes one object and
// returns what is wrong with it (an empty list when nothing is).

const POD_TEMPLATE = {
  Deployment: (o) => o.spec?.template,
  StatefulSet: (o) => o.spec?.template,
  DaemonSet: (o) => o.spec?.template,
  Job: (o) => o.spec?.template,
  CronJob: (o) => o.spec?.jobTemplate?.spec?.template,
  // The Keycloak operator builds its StatefulSet and the realm import Job from this template; without
  // one, their pods carry no security context and a restricted namespace refuses them.
  Keycloak: (o) => o.spec?.unsupported?.podTemplate ?? { spec: { containers: [{ name: "keycloak" }] } },
};

/** The "restricted" Pod Security Standard, as the API server enforces it in a namespace so labelled. */
export function restrictedPod(obj) {
  const template = POD_TEMPLATE[obj.kind]?.(obj);
  if (!template) return [];
  const pod = template.spec ?? {};
  const podContext = pod.securityContext ?? {};
  const errors = [];
  for (const flag of ["hostNetwork", "hostPID", "hostIPC"]) {
    if (pod[flag]) errors.push(`pod sets ${flag}`);
  }
  for (const volume of pod.volumes ?? []) {
    if (volume.hostPath) errors.push(`volume ${volume.name} is a hostPath`);
  }
  for (const container of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
    const context = container.securityContext ?? {};
    const name = `container ${container.name}`;
    if (context.privileged) errors.push(`${name} is privileged`);
    if (context.allowPrivilegeEscalation !== false) errors.push(`${name} does not set allowPrivilegeEscalation: false`);
    if (!(context.capabilities?.drop ?? []).includes("ALL")) errors.push(`${name} does not drop ALL capabilities`);
    const added = (context.capabilities?.add ?? []).filter((c) => c !== "NET_BIND_SERVICE");
    if (added.length) errors.push(`${name} adds capabilities ${added.join(", ")}`);
    if ((context.runAsNonRoot ?? podContext.runAsNonRoot) !== true) errors.push(`${name} may run as root (runAsNonRoot)`);
    if ((context.runAsUser ?? podContext.runAsUser) === 0) errors.push(`${name} runs as uid 0`);
    const seccomp = (context.seccompProfile ?? podContext.seccompProfile)?.type;
    if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost") errors.push(`${name} has no RuntimeDefault seccomp profile`);
  }
  return errors;
}

/** A namespace the overlay creates enforces the restricted standard. */
export function restrictedNamespace(obj) {
  if (obj.kind !== "Namespace") return [];
  return obj.metadata?.labels?.["pod-security.kubernetes.io/enforce"] === "restricted"
    ? [] : ["does not enforce the restricted Pod Security Standard (label pod-security.kubernetes.io/enforce)"];
}

/**
 * From outside, Keycloak answers for the platform's realm only: sign-in, tokens and keys under
 * /realms/<realm>, its static /resources. Not the admin console or Admin REST API (/admin), not the
 * master realm where administrators sign in.
 */
export function keycloakNotAdministrableFromOutside(obj) {
  if (obj.kind !== "Ingress") return [];
  const errors = [];
  for (const rule of obj.spec?.rules ?? []) {
    for (const path of rule.http?.paths ?? []) {
      if (!/^keycloak/.test(path.backend?.service?.name ?? "")) continue;
      const p = path.path ?? "/";
      const allowed = p === "/resources" || p.startsWith("/resources/")
        || (/^\/realms\/[^/]+/.test(p) && !/^\/realms\/master(\/|$)/.test(p));
      if (!allowed) errors.push(`${rule.host}${p} exposes more of Keycloak than a realm's sign-in (the admin console or the master realm)`);
    }
  }
  return errors;
}

/** Production's realm lets web clients come back to this environment's addresses only. */
export function noLocalhostClients(obj) {
  if (obj.kind !== "KeycloakRealmImport") return [];
  const local = /localhost|127\.0\.0\.1|\[::1\]/;
  const errors = [];
  for (const client of obj.spec?.realm?.clients ?? []) {
    const addresses = [...(client.redirectUris ?? []), ...(client.webOrigins ?? []),
      ...String(client.attributes?.["post.logout.redirect.uris"] ?? "").split("##")];
    const found = addresses.filter((a) => local.test(a));
    if (found.length) errors.push(`client ${client.clientId} accepts ${found.join(", ")}`);
  }
  return errors;
}
