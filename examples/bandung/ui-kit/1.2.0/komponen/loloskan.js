// Meloloskan teks sebelum disisipkan ke HTML. / Escapes text before it goes into HTML.
export function loloskan(teks) {
  return String(teks)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
