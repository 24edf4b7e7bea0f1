// Membaca pengaturan yang ditulis gotong saat modul dipasang (.gotong/settings.json).
// Reads the settings gotong wrote when the module was installed; a secret is read from
// the environment variable the installing city named, never from the file.
import { readFileSync } from 'node:fs';

export function bacaPengaturan(folderModul, lingkungan = process.env) {
  const berkas = JSON.parse(readFileSync(new URL('.gotong/settings.json', folderModul), 'utf8'));
  const rahasia = berkas.secrets.client_secret;
  return {
    ...berkas.values,
    client_secret: rahasia === null ? undefined : lingkungan[rahasia.env],
  };
}
