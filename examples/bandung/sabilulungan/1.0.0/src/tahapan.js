// Alur tahapan permohonan hibah-bansos. / Stages of a grant application.
export const TAHAPAN = ['permohonan', 'evaluasi', 'penetapan', 'pencairan', 'pertanggungjawaban'];

export function tahapBerikutnya(tahap) {
  const i = TAHAPAN.indexOf(tahap);
  if (i === -1) throw new Error(`tahap tidak dikenal: ${tahap}`);
  return TAHAPAN[i + 1] ?? null;
}
