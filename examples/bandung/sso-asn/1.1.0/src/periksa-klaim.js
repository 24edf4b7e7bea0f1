// Memeriksa klaim token ID dari penyedia SSO ASN (tanda tangan diperiksa oleh pustaka OIDC).
// Checks the claims of an ID token once the OIDC library has checked its signature.
const NIP = /^[0-9]{18}$/;

export function periksaKlaim(klaim, { penerbit, audiens, sekarang = Date.now() }) {
  const masalah = [];
  if (klaim.iss !== penerbit) masalah.push('penerbit token tidak dikenal');
  const aud = Array.isArray(klaim.aud) ? klaim.aud : [klaim.aud];
  if (!aud.includes(audiens)) masalah.push('token bukan untuk aplikasi ini');
  if (typeof klaim.exp !== 'number' || klaim.exp * 1000 <= sekarang) masalah.push('token kedaluwarsa');
  if (!NIP.test(String(klaim.nip ?? ''))) masalah.push('NIP harus 18 digit');
  return { sah: masalah.length === 0, masalah };
}
