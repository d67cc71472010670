import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // Libraries: the browser-safe core and the Node-only localnet, dual ESM + CJS with types.
    entry: { index: 'src/index.ts', localnet: 'src/localnet/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    // Dependencies and peers stay external: the user's bundler or Node resolves them once.
    skipNodeModulesBundle: true,
  },
  {
    // The command line: one ESM file with a shebang.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    skipNodeModulesBundle: true,
  },
]);
