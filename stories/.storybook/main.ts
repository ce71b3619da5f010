import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

/** Workspace packages, by npm name, and their folder under packages/. */
const workspacePackages = {
  '@tessera/core': 'core',
  '@tessera/sdk': 'sdk-js',
  '@tessera/widget': 'widget',
  '@tessera/builder-elements': 'builder-elements',
} as const;

const packagesRoot = fileURLToPath(new URL('../../packages/', import.meta.url));

/**
 * Stories import the workspace packages by name but run against their TypeScript sources, so editing an
 * element hot-reloads without `npm run build` (the packages' `exports` point at dist). A subpath import
 * such as `@tessera/widget/tessera-chat.js` maps to `src/tessera-chat.ts`. Vite's oxc transform honours
 * each package's tsconfig (`experimentalDecorators`, `useDefineForClassFields: false`) for Lit.
 */
const sourceAliases = Object.entries(workspacePackages).flatMap(([name, folder]) => [
  { find: new RegExp(`^${name}$`), replacement: `${packagesRoot}${folder}/src/index.ts` },
  { find: new RegExp(`^${name}/(.+)\\.js$`), replacement: `${packagesRoot}${folder}/src/$1.ts` },
]);

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.@(ts|js)'],
  addons: [],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  viteFinal(viteConfig) {
    const existing = viteConfig.resolve?.alias;
    const aliases = Array.isArray(existing)
      ? existing
      : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }));
    return { ...viteConfig, resolve: { ...viteConfig.resolve, alias: [...sourceAliases, ...aliases] } };
  },
};

export default config;
