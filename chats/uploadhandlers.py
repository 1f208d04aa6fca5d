"""Upload handler that streams every file to disk while hashing and counting it."""

import hashlib

from django.conf import settings
from django.core.files.uploadhandler import TemporaryFileUploadHandler


class HashingUploadHandler(TemporaryFileUploadHandler):
    """Writes uploads to a temp file (never whole in memory), computing SHA-256 on the way.

    A file over the per-file limit is not written further; it is marked `too_large` so the
    form can say so next to the field instead of the whole request failing.
    """

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self._hash = hashlib.sha256()
        self._size = 0
        self._too_large = False

    def receive_data_chunk(self, raw_data, start):
        self._size += len(raw_data)
        if self._size > settings.ARCHIEF_MAX_FILE_SIZE:
            self._too_large = True
            return None
        self._hash.update(raw_data)
        return super().receive_data_chunk(raw_data, start)

    def file_complete(self, file_size):
        uploaded = super().file_complete(file_size)
        uploaded.sha256 = self._hash.hexdigest()
        uploaded.too_large = self._too_large
        if self._too_large:
            uploaded.size = self._size
        return uploaded
