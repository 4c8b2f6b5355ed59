import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

// The workspace packages ship TypeScript source and Node cannot load it, so the server bundle
// takes them in together with their own dependencies; only the web's declared dependencies stay
// external, because only those resolve from build/server under pnpm's strict layout.
const externalDependencies = Object.keys(packageJson.dependencies).filter((name) => !name.startsWith('@bazaarche/'));

export default defineConfig({
  plugins: [
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_lazyRouteDiscovery: true,
        v3_singleFetch: true,
        v3_routeConfig: true,
      },
    }),
  ],
  ssr: {
    noExternal: true,
    external: externalDependencies,
  },
});
