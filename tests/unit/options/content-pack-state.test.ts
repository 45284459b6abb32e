import { describe, expect, it } from 'vitest';
import { createContentPackState } from '../../../utils/options/content-pack-state.ts';
import { parseContentPack, type ContentPack } from '../../../utils/advice/content-pack.ts';

function services() {
  let stored: ContentPack | undefined;
  return {
    load: async () => (stored ? { pack: stored } : {}),
    save: async (json: unknown) => {
      const parsed = parseContentPack(json);
      if (parsed.ok) stored = parsed.pack;
      return parsed;
    },
    remove: async () => void (stored = undefined),
  };
}

const valid = { format: 'pa-signpost-content-pack', version: 1, name: 'Camden scripts', publisher: 'Camden TT', groups: {} };

describe('content pack in the options page', () => {
  it('loads a valid pack and shows it in use', async () => {
    const state = createContentPackState(services());
    await state.actions.choose('camden.json', JSON.stringify(valid));
    expect(state.current.value?.name).toBe('Camden scripts');
    expect(state.errors.value).toEqual([]);
  });

  it('refuses an invalid pack with its errors and keeps the pack in use', async () => {
    const state = createContentPackState(services());
    await state.actions.choose('camden.json', JSON.stringify(valid));
    await state.actions.choose('bad.json', JSON.stringify({ ...valid, safety: [] }));
    expect(state.current.value?.name).toBe('Camden scripts');
    expect(state.errors.value[0]!.message).toMatch(/safety rules cannot be changed/);
    await state.actions.choose('broken.json', '{"format":');
    expect(state.errors.value[0]!.path).toBe('broken.json');
    expect(state.current.value?.name).toBe('Camden scripts');
  });

  it('removes the pack', async () => {
    const state = createContentPackState(services());
    await state.actions.choose('camden.json', JSON.stringify(valid));
    await state.actions.remove();
    await state.actions.load();
    expect(state.current.value).toBeUndefined();
  });
});
