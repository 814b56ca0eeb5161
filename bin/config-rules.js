#!/usr/bin/env node
'use strict';
/*
 * Starts the TypeScript CLI (config-rules.ts). Loading it through tsx costs about 3 s and 140 MB per
 * run here (every rule and AWS SDK module transpiled and resolved one by one). So the first run bundles
 * it with esbuild into dist/cli/ (about 0.3 s and 45 MB per run), and later runs reuse the bundle while
 * none of its project sources (nor package-lock.json) changed. Without esbuild, or with
 * CONFIG_RULES_NO_BUNDLE=1, it falls back to tsx (both are devDependencies).
 *
 * The scanner imports the rules through the kit's authoring face, which loads no AWS SDK module, and
 * a rule's collector loads its SDK clients only when it runs (never offline). The SDK stays outside the
 * bundle (required from node_modules if anything ever reached it), so the bundle holds only our code.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const entry = path.join(__dirname, 'config-rules.ts');
const outDir = path.join(root, 'dist', 'cli');
const bundle = path.join(outDir, 'config-rules.js');
const stampFile = path.join(outDir, 'config-rules.inputs.json');

function mtimeOf(relative) {
  return fs.statSync(path.join(root, relative)).mtimeMs;
}

function isFresh() {
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
    if (!fs.existsSync(bundle)) return false;
    return stamp.inputs.every(([file, mtime]) => mtimeOf(file) === mtime);
  } catch {
    return false;
  }
}

async function build() {
  const esbuild = require('esbuild');
  fs.mkdirSync(outDir, { recursive: true });
  // Unique temporary names, then rename: concurrent first runs (parallel tests) never see half a file.
  const unique = `${process.pid}-${Date.now()}`;
  const tmpBundle = `${bundle}.${unique}.tmp`;
  const result = await esbuild.build({
    external: ['@aws-sdk/*', '@smithy/*'],
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: tmpBundle,
    metafile: true,
    logLevel: 'silent',
  });
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.split(/[\\/]/).includes('node_modules'));
  const inputs = [...sources, 'package-lock.json'].filter((file) => fs.existsSync(path.join(root, file)));
  const tmpStamp = `${stampFile}.${unique}.tmp`;
  fs.writeFileSync(tmpStamp, JSON.stringify({ inputs: inputs.map((file) => [file, mtimeOf(file)]) }));
  fs.renameSync(tmpBundle, bundle);
  fs.renameSync(tmpStamp, stampFile);
}

// These commands call AWS or run a rule's Lambda handler, so they need the real SDK clients the bundle
// stubs: they run from the TypeScript sources (so do scans that read AWS: --live, s3://, collect).
const SDK_COMMANDS = new Set(['record', 'invoke', 'collect']);

function readsAws(argv) {
  return SDK_COMMANDS.has(argv[0]) || argv.includes('--live') || argv.some((arg) => arg.startsWith('s3://'));
}

async function loadBundled() {
  if (process.env.CONFIG_RULES_NO_BUNDLE === '1' || readsAws(process.argv.slice(2))) return false;
  try {
    if (!isFresh()) {
      // esbuild names metafile inputs relative to the working directory: build from the project root.
      const cwd = process.cwd();
      process.chdir(root);
      try {
        await build();
      } finally {
        process.chdir(cwd);
      }
    }
  } catch {
    return false;
  }
  require(bundle);
  return true;
}

loadBundled().then(async (loaded) => {
  if (loaded) return;
  // tsx's main entry registers its CommonJS and ESM hooks both: a rule's lazy collector is a dynamic
  // import(), which the CommonJS hook alone (tsx/cjs) does not resolve.
  await import('tsx');
  require('./config-rules.ts');
});
