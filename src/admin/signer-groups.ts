// A ceremony's documents grouped by the signatures they still need, for
// people to read: a city's new keys sign its namespace role and every one of
// its module roles at once (a city may have hundreds), so that need is said
// once, not once a module. The JSON output keeps one entry per document.
import { t } from '../i18n/translate.js';

/** The items that need the same signers (`signers` names them), together, in the order they come. */
export function sameSigners<T extends { document: string }>(items: T[], signers: (item: T) => unknown): Array<T & { documents: string[] }> {
  const groups = new Map<string, T & { documents: string[] }>();
  for (const item of items) {
    const key = JSON.stringify(signers(item));
    const group = groups.get(key);
    if (group) group.documents.push(item.document);
    else groups.set(key, { ...item, documents: [item.document] });
  }
  return [...groups.values()];
}

/** A group's documents in words: the first, and how many more. */
export function documentsText(documents: string[]): string {
  return documents.length === 1 ? documents[0] : t('admin.ceremony.documents', { first: documents[0], more: documents.length - 1 });
}
