-- Usulan musrenbang dari kelurahan dan kecamatan.
-- Development-planning proposals from villages and districts.
CREATE TABLE usulan (
  id            BIGSERIAL PRIMARY KEY,
  kode_wilayah  VARCHAR(13) NOT NULL,          -- kode Kemendagri, mis. 32.73
  tahun         SMALLINT NOT NULL,
  bidang        VARCHAR(40) NOT NULL,          -- infrastruktur, pendidikan, kesehatan, ...
  judul         VARCHAR(200) NOT NULL,
  uraian        TEXT,
  anggaran      NUMERIC(15, 0) NOT NULL CHECK (anggaran > 0),
  nip_pengusul  CHAR(18) NOT NULL,
  status        VARCHAR(20) NOT NULL DEFAULT 'diajukan',
  dibuat_pada   TIMESTAMPTZ NOT NULL DEFAULT now()
);
