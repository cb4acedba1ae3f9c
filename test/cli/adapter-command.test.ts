/** `maqal adapter new <domain>` wiring (the scaffold itself is tested with adapter-new.ts). */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures.js';
import { runInProcess } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'maqal-adapter-'));
mkdirSync(join(root, 'src'), { recursive: true });
mkdirSync(join(root, 'fixtures'), { recursive: true });
cpSync(join(ROOT, 'src', 'adapters'), join(root, 'src', 'adapters'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('maqal adapter new', () => {
  it('scaffolds into --root and lists the files; exit 1 when it exists, 2 for a bad domain', async () => {
    const ok = await runInProcess(['adapter', 'new', 'example.org', '--root', root]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('src/adapters/example.org.ts');
    expect(existsSync(join(root, 'src', 'adapters', 'example.org.ts'))).toBe(true);
    const again = await runInProcess(['adapter', 'new', 'example.org', '--root', root]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/ADAPTER_EXISTS/);
    expect((await runInProcess(['adapter', 'new', 'not a domain', '--root', root])).code).toBe(2);
    expect((await runInProcess(['adapter', 'new'])).code).toBe(2);
    expect((await runInProcess(['adapter', '--help'])).stdout).toMatch(/Examples:/);
  });
});
