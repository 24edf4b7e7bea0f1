// The single home of undici. Bounded reads: a server that sends more than
// the caller allows is cut off (TUF's endless-data defence).
import { request } from 'undici';
import { GotongError } from '../core/errors.js';
import { redactUrl } from './git.js';

const RETRIES = 3;

export async function fetchBytes(url: string, maxBytes: number, label: string): Promise<Buffer | null | 'too-large'> {
  let lastError: unknown;
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    try {
      const response = await request(url, { method: 'GET', headersTimeout: 15_000, bodyTimeout: 30_000 });
      if (response.statusCode === 404 || response.statusCode === 403) {
        await response.body.dump();
        return null;
      }
      if (response.statusCode >= 500) {
        await response.body.dump();
        lastError = new Error(`HTTP ${response.statusCode}`);
        continue;
      }
      if (response.statusCode !== 200) {
        await response.body.dump();
        throw new GotongError('GOTONG_E_REGISTRY_UNREACHABLE', `${label} answered HTTP ${response.statusCode} for ${redactUrl(url)}`, {
          hint: 'Check the registry URL.',
        });
      }
      const chunks: Buffer[] = [];
      let received = 0;
      for await (const chunk of response.body) {
        received += chunk.length;
        if (received > maxBytes) {
          response.body.destroy();
          return 'too-large';
        }
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks);
    } catch (error) {
      if (error instanceof GotongError) throw error;
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
  throw new GotongError('GOTONG_E_REGISTRY_UNREACHABLE', `could not reach ${label} (${(lastError as Error)?.message ?? lastError})`, {
    hint: 'Check the network and the registry URL, then run again. Add --offline to work from the cache.',
  });
}
