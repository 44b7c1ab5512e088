import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the gateway at /console/ (same origin as /graphql, so no CORS), from the jar this
// module builds: the bundle goes where Quarkus serves a dependency's static resources.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'target/classes/META-INF/resources/console',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npm run dev` against a local stack: the gateway answers GraphQL and the console's settings.
    proxy: {
      '/graphql': 'http://localhost:8080',
      '/console/config.json': 'http://localhost:8080',
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
