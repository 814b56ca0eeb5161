/**
 * Run in a fresh Node process (through tsx): loads each module named on the command line, in order,
 * and prints, as JSON, the AWS SDK and Smithy modules each one brought in. A fresh process is the only
 * honest answer: Jest's registry shares nothing with Node's require cache.
 */
const sdkModules = (): string[] => Object.keys(require.cache).filter((path) => /[\\/]node_modules[\\/]@(aws-sdk|smithy)[\\/]/.test(path));

const loaded: Record<string, string[]> = {};
for (const module of process.argv.slice(2)) {
  const before = new Set(sdkModules());
  // A plain require: the point is what it puts in Node's require cache.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(module);
  loaded[module] = sdkModules().filter((path) => !before.has(path));
}
process.stdout.write(JSON.stringify(loaded));
