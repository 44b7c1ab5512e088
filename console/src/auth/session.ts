import Keycloak from 'keycloak-js';

/** What the gateway tells the console at /console/config.json: where to sign in, as which client. */
export interface ConsoleSettings {
  issuer: string;
  clientId: string;
}

export type Role = 'viewer' | 'curator' | 'admin';

const ROUTE_KEY = 'conflict-monitor.route';

/**
 * The signed-in user: Authorization Code with PKCE against the realm, the access token refreshed
 * before it runs out (and before any call that would send an expiring one), and the roles the UI
 * shows and offers things by. The services decide what is allowed; the UI only hides what is not.
 */
export class Session {
  private constructor(private readonly keycloak: Keycloak, private readonly home: string) {}

  static async start(settings: ConsoleSettings): Promise<Session> {
    const at = settings.issuer.lastIndexOf('/realms/');
    const keycloak = new Keycloak({
      url: settings.issuer.slice(0, at),
      realm: decodeURIComponent(settings.issuer.slice(at + '/realms/'.length)),
      clientId: settings.clientId,
    });
    // The client's redirect URI is exact (the console's root), so a deep link waits here across sign-in.
    const home = new URL(import.meta.env.BASE_URL, window.location.origin).toString();
    if (window.location.hash.startsWith('#/')) {
      sessionStorage.setItem(ROUTE_KEY, window.location.hash);
    }
    await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false, redirectUri: home });
    keycloak.onTokenExpired = () => {
      keycloak.updateToken(-1).catch(() => keycloak.login({ redirectUri: home }));
    };
    const route = sessionStorage.getItem(ROUTE_KEY);
    if (route) {
      sessionStorage.removeItem(ROUTE_KEY);
      window.location.hash = route;
    }
    return new Session(keycloak, home);
  }

  /** A token valid for at least the next 20 seconds. */
  async token(): Promise<string> {
    await this.keycloak.updateToken(20);
    return this.keycloak.token ?? '';
  }

  get username(): string {
    return (this.keycloak.tokenParsed?.preferred_username as string | undefined) ?? '';
  }

  /** Whether the user holds the role, or one that implies it (admin ⊃ curator ⊃ viewer). */
  has(role: Role): boolean {
    const roles = this.keycloak.tokenParsed?.realm_access?.roles ?? [];
    const implied: Record<Role, Role[]> = { viewer: ['viewer', 'curator', 'admin'], curator: ['curator', 'admin'], admin: ['admin'] };
    return implied[role].some((r) => roles.includes(r));
  }

  signOut(): void {
    void this.keycloak.logout({ redirectUri: this.home });
  }
}
