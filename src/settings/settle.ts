// The settings step of an install (and so of an update): once the modules
// are placed in staging, read what each declares, apply the values given on
// this run, ask on a terminal for the required ones still missing, or fail
// naming every one. The result is written by the install with the rest of
// its files: the workspace's gotong-settings.json and each module's
// .gotong/settings.json.
import { t } from '../i18n/translate.js';
import { serializeGenerated, serializeStore, applySupplied, generatedSettings, missingError, missingSettings, type MissingSetting, type SuppliedValue } from './plan.js';
import { declaredSettings } from './installed.js';
import { readStore } from './store.js';
import type { SettingDeclarations, StoredValue } from './types.js';

/** What the caller brings: values given on the command line, and a way to ask (only on a terminal). */
export interface SettingsInput {
  supplied: SuppliedValue[];
  /** Asks for one missing setting; returns the typed text. Absent: nothing can be asked. */
  ask?: (question: MissingSetting) => Promise<string>;
}

export interface SettledSettings {
  /** gotong-settings.json's new text; null when it stays as it is. */
  storeText: string | null;
  /** The .gotong/settings.json text of each module that declares settings. */
  generated: Map<string, string>;
}

export async function settleSettings(job: { workspaceDir: string; modules: { name: string; folder: string }[]; input?: SettingsInput }): Promise<SettledSettings> {
  const declared = new Map<string, SettingDeclarations>();
  await Promise.all(job.modules.map(async (m) => declared.set(m.name, await declaredSettings(m.name, m.folder))));
  const before = await readStore(job.workspaceDir);
  let store = applySupplied(before, declared, job.input?.supplied ?? []);
  const missing = missingSettings(store, declared);
  if (missing.length > 0) {
    if (!job.input?.ask) throw missingError(missing, t('settings.missing.noTerminal'));
    const answers = [];
    for (const question of missing) answers.push({ module: question.module, key: question.key, value: await job.input.ask(question), text: true, from: t('settings.from.prompt') });
    store = applySupplied(store, declared, answers);
  }
  const generated = new Map<string, string>();
  for (const [name, declarations] of declared) {
    if (Object.keys(declarations).length === 0) continue;
    const values: Record<string, StoredValue> = store.modules[name] ?? {};
    generated.set(name, serializeGenerated(generatedSettings(name, declarations, values)));
  }
  const text = serializeStore(store);
  const changed = text !== serializeStore(before);
  return { storeText: changed ? text : null, generated };
}
