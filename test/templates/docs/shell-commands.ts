/**
 * Just enough of POSIX shell word splitting to read the `aws` commands in our READMEs: quotes, backslash
 * line continuations, comments, and `;` `&&` `||` `|` and `then`/`do`/`else` between simple commands.
 * Variables stay as written (`"$bucket"` is the word `$bucket`). Heredocs and substitutions are not used in
 * the docs and not supported.
 */
export interface ShellCommand {
  readonly argv: readonly string[];
  /** The markdown file and the command's first line, for messages. */
  readonly where: string;
}

const SEPARATORS = new Set([';', '&&', '||', '|', 'then', 'do', 'else', 'if', 'for', 'done', 'fi']);

function words(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let started = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index] as string;
    if (char === "'") {
      const end = line.indexOf("'", index + 1);
      if (end < 0) throw new Error(`unterminated ' in: ${line}`);
      current += line.slice(index + 1, end);
      started = true;
      index = end;
    } else if (char === '"') {
      let end = index + 1;
      let text = '';
      while (end < line.length && line[end] !== '"') {
        if (line[end] === '\\' && end + 1 < line.length) end++;
        text += line[end];
        end++;
      }
      if (end >= line.length) throw new Error(`unterminated " in: ${line}`);
      current += text;
      started = true;
      index = end;
    } else if (char === '\\' && index + 1 < line.length) {
      current += line[index + 1];
      started = true;
      index++;
    } else if (char === '#' && !started) {
      break;
    } else if (/\s/.test(char)) {
      if (started) out.push(current);
      current = '';
      started = false;
    } else if (char === ';' || char === '|' || (char === '&' && line[index + 1] === '&')) {
      if (started) out.push(current);
      const operator = char === ';' ? ';' : line[index + 1] === char ? `${char}${char}` : char;
      out.push(operator);
      index += operator.length - 1;
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) out.push(current);
  return out;
}

/** The fenced ```sh blocks of a markdown file. */
export function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)].map((match) => match[1] ?? '');
}

/** Every simple command of a shell block that starts with `aws`. */
export function awsCommands(block: string, file: string): ShellCommand[] {
  const logical = block.replace(/\\\n/g, ' ').split('\n');
  const commands: ShellCommand[] = [];
  for (const line of logical) {
    let argv: string[] = [];
    const flush = (): void => {
      if (argv[0] === 'aws') commands.push({ argv, where: `${file}: ${argv.slice(0, 3).join(' ')}` });
      argv = [];
    };
    for (const word of words(line)) {
      if (SEPARATORS.has(word) && argv.length === 0 && word !== ';') continue;
      if (word === ';' || word === '&&' || word === '||' || word === '|' || (argv.length === 0 && SEPARATORS.has(word))) flush();
      else argv.push(word);
    }
    flush();
  }
  return commands;
}

/** The value of `--name value` or `--name=value`; for options taking several words, every word up to the next option. */
export function optionValues(argv: readonly string[], name: string): string[] {
  const values: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index] as string;
    if (word === name) {
      for (let next = index + 1; next < argv.length && !(argv[next] as string).startsWith('--'); next++) values.push(argv[next] as string);
    } else if (word.startsWith(`${name}=`)) values.push(word.slice(name.length + 1));
  }
  return values;
}

/**
 * How the AWS CLI's shorthand parser reads `Key=value,...` (awscli/shorthand.py): a comma followed by a
 * word without `=` continues the previous key's value as a list, unless the value was quoted or the comma
 * escaped. Returns each key with whether its value became a list.
 */
export function shorthandKeys(value: string): { key: string; list: boolean }[] {
  const segments: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let index = 0; index < value.length; index++) {
    const char = value[index] as string;
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      current += char;
    } else if (char === '\\' && value[index + 1] === ',') {
      current += '\\,';
      index++;
    } else if (char === ',') {
      segments.push(current);
      current = '';
    } else current += char;
  }
  segments.push(current);
  const keys: { key: string; list: boolean }[] = [];
  for (const segment of segments) {
    const match = /^([A-Za-z0-9]+)=/.exec(segment);
    if (match?.[1] !== undefined) keys.push({ key: match[1], list: false });
    else {
      const last = keys[keys.length - 1];
      if (last !== undefined) last.list = true;
    }
  }
  return keys;
}
