-- Permohonan hibah dan bantuan sosial. / Grant and social-assistance applications.
CREATE TABLE permohonan (
  id             BIGSERIAL PRIMARY KEY,
  jenis          VARCHAR(10) NOT NULL CHECK (jenis IN ('hibah', 'bansos')),
  pemohon        VARCHAR(200) NOT NULL,        -- nama lembaga atau perorangan
  tahun_anggaran SMALLINT NOT NULL,
  nilai_diminta  NUMERIC(15, 0) NOT NULL CHECK (nilai_diminta > 0),
  nilai_disetujui NUMERIC(15, 0),
  tahap          VARCHAR(20) NOT NULL DEFAULT 'permohonan',
  dibuat_pada    TIMESTAMPTZ NOT NULL DEFAULT now()
);
