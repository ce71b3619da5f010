import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeBrowsers, filterBrowserLogs } from '../../web-test-runner.shared.mjs';

export default {
  files: 'src/**/*.test.ts',
  nodeResolve: true,
  // esbuild reads experimentalDecorators / useDefineForClassFields from the tsconfig, as Lit needs.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: chromeBrowsers(),
  filterBrowserLogs,
  concurrency: 1,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 5000 } },
};
