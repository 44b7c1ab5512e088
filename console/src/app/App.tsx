import type { Session } from '../auth/session';
import { EventView } from '../event/EventView';
import { ExploreView } from '../explore/ExploreView';
import { exploreHref, useRoute } from './route';

/** The console's frame: who is signed in, the current view, and the data's credits. */
export function App({ session }: { session: Session }) {
  const route = useRoute();
  return (
    <>
      <header className="top">
        <a className="brand" href={exploreHref('')}>Conflict Monitor</a>
        <nav aria-label="Main">
          <a href={exploreHref('')}>Explore</a>
        </nav>
        <span className="user">
          {session.username} ({session.has('admin') ? 'admin' : session.has('curator') ? 'curator' : 'viewer'})
          <button type="button" onClick={() => session.signOut()}>Sign out</button>
        </span>
      </header>
      <main>
        {route.view === 'event' ? <EventView key={route.id} id={route.id} session={session} /> : <ExploreView query={route.query} session={session} />}
      </main>
      <footer>
        Data: UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program, CC BY 4.0 · Base map: Natural Earth
      </footer>
    </>
  );
}
