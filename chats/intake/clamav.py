"""Malware scanning with clamd over its INSTREAM protocol (unix socket or TCP).

Written here rather than using the PyPI `clamd` package: that package has had no release
since 2014 and the protocol needed is ~30 lines. The scanner fails closed: anything other
than a clear answer from clamd raises ScannerUnavailable, so the caller retries later and
never treats an unscanned file as clean.
"""

import os
import socket
import struct
from dataclasses import dataclass

_CHUNK = 64 * 1024
_MAX_REPLY = 4096


class ScannerUnavailable(Exception):
    """clamd could not give a verdict (down, timed out, refused the stream): retry later."""


@dataclass(frozen=True)
class ScanResult:
    """clamd's verdict: clean, or the name of the signature that matched."""

    clean: bool
    signature: str | None = None


class ClamdScanner:
    """Scans files by streaming them to clamd (INSTREAM); one connection per scan."""

    def __init__(
        self,
        socket_path: str | os.PathLike | None = None,
        *,
        host: str | None = None,
        port: int = 3310,
        timeout: float = 120.0,
    ):
        if (socket_path is None) == (host is None):
            raise ValueError("give either socket_path or host")
        self.socket_path = os.fspath(socket_path) if socket_path is not None else None
        self.host = host
        self.port = port
        self.timeout = timeout

    def _connect(self) -> socket.socket:
        try:
            if self.socket_path is not None:
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                sock.settimeout(self.timeout)
                sock.connect(self.socket_path)
            else:
                sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            raise ScannerUnavailable(f"cannot connect to clamd: {type(exc).__name__}") from None
        return sock

    def _request(self, command: bytes, payload_path: str | os.PathLike | None = None) -> str:
        sock = self._connect()
        try:
            with sock:
                sock.sendall(b"z" + command + b"\0")
                if payload_path is not None:
                    with open(payload_path, "rb") as fh:
                        while chunk := fh.read(_CHUNK):
                            sock.sendall(struct.pack(">I", len(chunk)) + chunk)
                    sock.sendall(struct.pack(">I", 0))
                reply = b""
                while not reply.endswith(b"\0") and len(reply) < _MAX_REPLY:
                    data = sock.recv(_MAX_REPLY)
                    if not data:
                        break
                    reply += data
        except OSError as exc:
            # Includes clamd closing the stream early (its size limit) and timeouts.
            raise ScannerUnavailable(f"clamd connection failed: {type(exc).__name__}") from None
        if not reply.endswith(b"\0"):
            raise ScannerUnavailable("incomplete reply from clamd")
        return reply[:-1].decode("utf-8", errors="replace").strip()

    def ping(self) -> bool:
        """True when clamd answers PONG."""
        try:
            return self._request(b"PING") == "PONG"
        except ScannerUnavailable:
            return False

    def scan_file(self, path: str | os.PathLike) -> ScanResult:
        """Stream the file to clamd; clean, or infected with a signature name, or raise."""
        reply = self._request(b"INSTREAM", path)
        # Replies: "stream: OK", "stream: <signature> FOUND", "<reason> ERROR".
        if reply == "stream: OK":
            return ScanResult(clean=True)
        if reply.startswith("stream: ") and reply.endswith(" FOUND"):
            return ScanResult(clean=False, signature=reply[len("stream: ") : -len(" FOUND")])
        raise ScannerUnavailable(f"clamd could not scan: {reply[:200]}")
