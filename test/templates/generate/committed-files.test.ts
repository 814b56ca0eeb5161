import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules } from '../../../rules';
import { generateTemplates, PACK_TEMPLATE_PATH, STACK_TEMPLATE_PATH } from '../../../templates/generate';

const ROOT = resolve(__dirname, '..', '..', '..');

describe('committed templates', () => {
  if (rules.length === 0) {
    it('do not exist while the registry is empty', () => {
      for (const path of [STACK_TEMPLATE_PATH, PACK_TEMPLATE_PATH]) expect(existsSync(join(ROOT, path))).toBe(false);
    });
    return;
  }
  it.each(generateTemplates(rules).map((file) => [file.path, file] as const))('%s is what the generator produces (run npm run generate)', (path, file) => {
    expect(existsSync(join(ROOT, path))).toBe(true);
    expect(readFileSync(join(ROOT, path), 'utf8')).toBe(file.content);
  });
});
