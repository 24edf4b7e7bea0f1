// Every message gotong shows, gathered from one file per part of the code so
// that parts can change their messages without touching each other's files.
import { adminMessages } from './admin.js';
import { attestationsMessages } from './attestations.js';
import { catalogCliMessages } from './catalog-cli.js';
import { cliAdminMessages } from './cli-admin.js';
import { cliModuleMessages } from './cli-module.js';
import { commonMessages } from './common.js';
import { installMessages } from './install.js';
import { logMessages } from './log.js';
import { provenanceMessages } from './provenance.js';
import { publiccodeMessages } from './publiccode.js';
import { registryMessages } from './registry.js';
import { settingsMessages } from './settings.js';
import { trustMessages } from './trust.js';

export const MESSAGE_FILES = {
  admin: adminMessages,
  attestations: attestationsMessages,
  'catalog-cli': catalogCliMessages,
  'cli-admin': cliAdminMessages,
  'cli-module': cliModuleMessages,
  common: commonMessages,
  install: installMessages,
  log: logMessages,
  provenance: provenanceMessages,
  publiccode: publiccodeMessages,
  registry: registryMessages,
  settings: settingsMessages,
  trust: trustMessages,
} as const;

export const MESSAGES = {
  ...adminMessages,
  ...attestationsMessages,
  ...catalogCliMessages,
  ...cliAdminMessages,
  ...cliModuleMessages,
  ...commonMessages,
  ...installMessages,
  ...logMessages,
  ...provenanceMessages,
  ...publiccodeMessages,
  ...registryMessages,
  ...settingsMessages,
  ...trustMessages,
};

export type MessageKey = keyof typeof MESSAGES;
