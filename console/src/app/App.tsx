import { ActorView } from '../actor/ActorView';
import { MergeView } from '../admin/MergeView';
import { UsersView } from '../admin/UsersView';
import type { Session } from '../auth/session';
import { ConflictView } from '../conflict/ConflictView';
import { EventFormView } from '../curate/EventForm';
import { IngestView } from '../curate/IngestView';
import { ReviewView } from '../review/ReviewView';
import { EventView } from '../event/EventView';
import { ExploreView } from '../explore/ExploreView';
import { SearchView } from '../search/SearchView';
import { exploreHref, NEW_EVENT_HREF, searchHref, useRoute, type Route } from './route';

/** The console's frame: who is signed in, the current view, and the data's credits. */
export function App({ session }: { session: Session }) {
  const route = useRoute();
  return (
    <>
      <header className="top">
        <a className="brand" href={exploreHref('')}>Conflict Monitor</a>
        <nav aria-label="Main">
          <a href={exploreHref('')}>Explore</a>
          <a href={searchHref('')}>Search articles</a>
          {session.has('curator') && <a href={NEW_EVENT_HREF}>New event</a>}
          {session.has('curator') && <a href="#/review">Review drafts</a>}
          {session.has('curator') && <a href="#/ingest">Ingest an article</a>}
          {session.has('admin') && <a href="#/merge">Merge actors</a>}
          {session.has('admin') && <a href="#/users">Users</a>}
        </nav>
        <span className="user">
          {session.username} ({session.has('admin') ? 'admin' : session.has('curator') ? 'curator' : 'viewer'})
          <button type="button" onClick={() => session.signOut()}>Sign out</button>
        </span>
      </header>
      <main>
        <View route={route} session={session} />
      </main>
      <footer>
        Data: UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program, CC BY 4.0 · Base map: Natural Earth
      </footer>
    </>
  );
}

function View({ route, session }: { route: Route; session: Session }) {
  switch (route.view) {
    case 'event':
      return <EventView key={route.id} id={route.id} session={session} />;
    case 'event-new':
      return session.has('curator') ? <EventFormView /> : <Refused role="curator" />;
    case 'event-edit':
      return session.has('curator') ? <EventFormView key={route.id} id={route.id} /> : <Refused role="curator" />;
    case 'actor':
      return <ActorView key={route.id} id={route.id} />;
    case 'conflict':
      return <ConflictView key={route.id} id={route.id} />;
    case 'search':
      return <SearchView key={route.q} q={route.q} />;
    case 'review':
      return session.has('curator') ? <ReviewView /> : <Refused role="curator" />;
    case 'ingest':
      return session.has('curator') ? <IngestView /> : <Refused role="curator" />;
    case 'merge':
      return session.has('admin') ? <MergeView /> : <Refused role="admin" />;
    case 'users':
      return session.has('admin') ? <UsersView /> : <Refused role="admin" />;
    default:
      return <ExploreView query={route.query} session={session} />;
  }
}

function Refused({ role }: { role: string }) {
  return <p role="alert">This page is for users with the {role} role.</p>;
}
