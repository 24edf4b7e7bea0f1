// The shape every message file has: a key, and the same message in English
// and Indonesian side by side, so neither can be left out without the type
// checker noticing. Messages are ICU MessageFormat: `{name}` for a value,
// `{count, plural, one {# modul} other {# modul}}` for a count, and
// `{when, date, medium}` for a date. An apostrophe is plain text.
export interface Message {
  en: string;
  id: string;
}

export type MessageCatalog = Record<string, Message>;
