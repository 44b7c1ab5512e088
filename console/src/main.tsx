import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { apolloClient } from './app/apollo';
import { App } from './app/App';
import { Session, type ConsoleSettings } from './auth/session';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

async function start() {
  const settings = (await fetch(`${import.meta.env.BASE_URL}config.json`).then((r) => r.json())) as ConsoleSettings;
  const session = await Session.start(settings);
  root.render(
    <StrictMode>
      <ApolloProvider client={apolloClient(session)}>
        <App session={session} />
      </ApolloProvider>
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  root.render(<p role="alert">The console could not start: {String(error)}</p>);
});
