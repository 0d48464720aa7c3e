/** Walks content trees for the content tests. */

/** Every object with a `text` field: the statements of a content tree, with their paths. */
export function statements(
  value: unknown,
  path = '',
): { path: string; text: string; sources?: unknown; ask?: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((entry, i) => statements(entry, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.text === 'string') return [{ path, text: record.text, sources: record.sources, ask: record.ask }];
  return Object.entries(record).flatMap(([key, entry]) => statements(entry, path ? `${path}.${key}` : key));
}

/** Every string in a content tree except ids, source ids and other keys that are not for the reader. */
export function texts(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((entry) => texts(entry, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, entry]) => texts(entry, k));
  return typeof value === 'string' &&
    !['id', 'protocol', 'sources', 'illustration', 'level', 'topics', 'url'].includes(key)
    ? [value]
    : [];
}
