#!/usr/bin/env node
'use strict';
/*
 * Starts the TypeScript CLI (config-rules.ts). Loading it through tsx costs about 3 s per run here
 * (every rule and SDK module transpiled and resolved one by one); one esbuild bundle loads in under
 * 1 s. So the first run bundles into dist/cli/ and later runs reuse the bundle while none of its
 * project sources (nor package-lock.json) changed. Without esbuild, or with CONFIG_RULES_NO_BUNDLE=1,
 * it falls back to tsx (both are devDependencies).
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

function build() {
  const esbuild = require('esbuild');
  fs.mkdirSync(outDir, { recursive: true });
  // Unique temporary names, then rename: concurrent first runs (parallel tests) never see half a file.
  const unique = `${process.pid}-${Date.now()}`;
  const tmpBundle = `${bundle}.${unique}.tmp`;
  const result = esbuild.buildSync({
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

function loadBundled() {
  if (process.env.CONFIG_RULES_NO_BUNDLE === '1') return false;
  try {
    if (!isFresh()) {
      // esbuild resolves paths relative to the working directory for the metafile: run from the root.
      const cwd = process.cwd();
      process.chdir(root);
      try {
        build();
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

if (!loadBundled()) {
  require('tsx/cjs');
  require('./config-rules.ts');
}
