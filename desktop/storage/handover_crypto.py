"""Password-protected hand-over files: the package JSON sealed with AES-256-GCM.

The key comes from the password through scrypt with a random salt; every file has its own
random nonce. The header (magic, format version, scrypt cost, salt, nonce) is authenticated
together with the text, so a changed byte anywhere makes the file unreadable rather than
wrong. The layout is described in docs/handover-encryption.md.
"""

from __future__ import annotations

import os
import struct

MAGIC = b"MAMORI-SEALED\x00"  # 14 bytes; a JSON package starts with "{" (or a BOM), never this
VERSION = 1
SCRYPT_LOG2_N = 15  # n = 32768, r = 8: 32 MiB of memory and about 0.1 s per try
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
NONCE_BYTES = 12
_FIXED = struct.Struct(">BBBB")  # version, log2 n, r, p
HEADER_BYTES = len(MAGIC) + _FIXED.size + SALT_BYTES + NONCE_BYTES
MIN_PASSWORD_CHARS = 8


class SealProblem(Exception):
    """A sealed file cannot be opened: wrong password, changed bytes, or an unknown format.
    `field` is "password" or "file"; the message is one plain sentence."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def is_sealed(raw: bytes) -> bool:
    """True when RAW is a password-protected hand-over file (by its magic bytes)."""
    return raw.startswith(MAGIC)


def check_password(password: str) -> None:
    """ValueError with a reason when PASSWORD is too weak to protect a company's records."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise ValueError(f"the password must have at least {MIN_PASSWORD_CHARS} characters")


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(password.encode("utf-8"))


def seal(plain: bytes, password: str) -> bytes:
    """PLAIN encrypted under PASSWORD: header + AES-256-GCM ciphertext with its 16-byte tag."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_password(password)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = MAGIC + _FIXED.pack(VERSION, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P) + salt + nonce
    key = _key(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    return header + AESGCM(key).encrypt(nonce, plain, header)


def unseal(raw: bytes, password: str | None) -> bytes:
    """The plain bytes of a sealed file; SealProblem when they cannot be recovered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not is_sealed(raw):
        raise SealProblem("file", "is not a password-protected hand-over file")
    if len(raw) < HEADER_BYTES + 16:
        raise SealProblem("file", "is cut short (the protected file is incomplete)")
    version, log2_n, r, p = _FIXED.unpack_from(raw, len(MAGIC))
    if version != VERSION:
        raise SealProblem("file", f"uses protection format {version}, which this Mamori does not know "
                          f"(it reads format {VERSION}); update Mamori")
    # Bounds keep a changed header from asking for gigabytes of memory before the tag is checked.
    if not (10 <= log2_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4):
        raise SealProblem("file", "was changed after it was written (its header is not one Mamori writes)")
    if not password:
        raise SealProblem("password", "is protected with a password; give the password to open it")
    start = len(MAGIC) + _FIXED.size
    salt = raw[start:start + SALT_BYTES]
    nonce = raw[start + SALT_BYTES:HEADER_BYTES]
    key = _key(password, salt, log2_n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, raw[HEADER_BYTES:], raw[:HEADER_BYTES])
    except InvalidTag:
        raise SealProblem("password", "cannot be opened: the password is wrong, or the file was changed "
                          "after it was written") from None


__all__ = ["MAGIC", "MIN_PASSWORD_CHARS", "SealProblem", "check_password", "is_sealed", "seal", "unseal"]
