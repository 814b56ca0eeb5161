import type { EvaluationStore } from '../../../rule-kit/scanner/evaluation-store';
import { MemoryEvaluationStore } from '../../../rule-kit/scanner/memory-evaluation-store';
import { SpoolEvaluationStore } from '../../../rule-kit/scanner/spool-evaluation-store';

/** Evaluations as the engine adds them: compact JSON, multi-byte text, and enough to span many reads. */
function fill(store: EvaluationStore, count: number): void {
  for (let seq = 0; seq < count; seq += 1) {
    const evaluation = JSON.stringify({ ConfigRuleName: 'r', ComplianceResourceId: `id-${seq}`, Annotation: `é€😀 ${'x'.repeat(seq % 300)}` });
    store.add(seq, 'r', seq % 3 === 0 ? 'NON_COMPLIANT' : 'COMPLIANT', { file: seq % 2, position: `{"index":${seq}}`, evaluation });
  }
}

async function json(store: EvaluationStore): Promise<string> {
  const parts: string[] = [];
  for (const compliance of ['NON_COMPLIANT', 'COMPLIANT'] as const) {
    for await (const chunk of store.readJson('r', compliance)) parts.push(Buffer.from(chunk).toString('utf8'));
  }
  return parts.join(',\n');
}

describe('SpoolEvaluationStore.readJson', () => {
  it.each([
    ['nothing superseded', [] as number[]],
    ['some superseded', [0, 5, 6, 7, 9998, 19_999]],
  ])('copies the evaluations the memory store would give, as bytes (%s)', async (_name, superseded) => {
    const spool = new SpoolEvaluationStore();
    const memory = new MemoryEvaluationStore();
    try {
      for (const store of [spool, memory]) {
        fill(store, 20_000);
        for (const seq of superseded) store.supersede(seq);
        await store.finish();
      }
      const copied = await json(spool);
      expect(copied).toBe(await json(memory));
      for (const seq of superseded) expect(copied).not.toContain(`"id-${seq}"`);
      expect(JSON.parse(`[${copied}]`)).toHaveLength(20_000 - superseded.length);
    } finally {
      await spool.dispose();
      await memory.dispose();
    }
  });

  it('compacts lines whose prefix is as short as a line allows (one-digit sequence and file, `{}` position)', async () => {
    // readJson compacts each chunk in place: the shortest prefix leaves the least room to do it in.
    const spool = new SpoolEvaluationStore();
    try {
      const evaluations = ['{}', '{"a":1}', '{"é":"😀"}', '{"b":"\\t"}'];
      for (let seq = 0; seq < 10; seq += 1) {
        spool.add(seq, 'r', 'COMPLIANT', { file: seq % 10, position: '{}', evaluation: evaluations[seq % evaluations.length] ?? '{}' });
      }
      spool.supersede(4);
      await spool.finish();
      const expected = [0, 1, 2, 3, 5, 6, 7, 8, 9].map((seq) => evaluations[seq % evaluations.length]).join(',\n');
      const parts: string[] = [];
      for await (const chunk of spool.readJson('r', 'COMPLIANT')) parts.push(Buffer.from(chunk).toString('utf8'));
      expect(parts.join(',\n')).toBe(expected);
    } finally {
      await spool.dispose();
    }
  });
});
