"""Evidence files: kept under their SHA-256 in the data folder, with a size limit, removed
with the company."""

from __future__ import annotations

import hashlib

import pytest

from desktop.core.star3 import MAX_EVIDENCE_FILE_BYTES
from desktop.storage.star3_store import EvidenceFileRejected, Star3Store, evidence_folder


def test_a_file_is_copied_under_its_hash_and_removed_with_the_company(store, company, tmp_path):
    records = Star3Store(store)
    source = tmp_path / "規程.pdf"
    source.write_bytes(b"%PDF-1.4 policy")
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    ev = records.add_evidence(company.id, "1-2-1-1", "情報セキュリティ規程")
    attached = records.attach_file(company.id, ev.id, source)
    kept = records.file_path(sha)
    assert attached.sha256 == sha and attached.name == "規程.pdf" and attached.size == len(b"%PDF-1.4 policy")
    assert kept == evidence_folder(store.db) / sha[:2] / sha and kept.read_bytes() == source.read_bytes()
    source.unlink()  # the app's copy does not depend on the original
    assert records.file_path(sha) is not None
    other = store.create_profile("別会社")
    ev2 = records.add_evidence(other.id, "1-2-1-1", "同じ規程")
    records.attach_file(other.id, ev2.id, kept)  # same bytes, another company: one copy on disk
    store.delete_profile(company.id)
    assert records.file_path(sha) is not None  # still used by the other company
    store.delete_profile(other.id)
    assert records.file_path(sha) is None and not kept.exists()


def test_too_large_a_file_is_refused_and_nothing_is_kept(store, company, tmp_path):
    records = Star3Store(store)
    big = tmp_path / "video.mp4"
    with big.open("wb") as handle:
        handle.truncate(MAX_EVIDENCE_FILE_BYTES + 1)
    ev = records.add_evidence(company.id, "1-2-1-1", "訓練の録画")
    with pytest.raises(EvidenceFileRejected, match="20 MB"):
        records.attach_file(company.id, ev.id, big)
    assert records.evidence(company.id)[0].files == ()
    folder = evidence_folder(store.db)
    assert not folder.exists() or not any(folder.rglob("*"))


def test_a_missing_file_gets_a_clear_message(store, company, tmp_path):
    records = Star3Store(store)
    ev = records.add_evidence(company.id, "1-2-1-1", "写真")
    with pytest.raises(EvidenceFileRejected, match="cannot be read"):
        records.attach_file(company.id, ev.id, tmp_path / "nowhere.png")


def test_detaching_the_last_reference_removes_the_file(store, company, tmp_path):
    records = Star3Store(store)
    source = tmp_path / "a.txt"
    source.write_text("記録")
    ev = records.add_evidence(company.id, "1-2-1-1", "記録")
    attached = records.attach_file(company.id, ev.id, source)
    records.detach_file(company.id, ev.id, attached.sha256)
    assert records.file_path(attached.sha256) is None
