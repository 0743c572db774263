"""tests/pg: the server comes from tests/pg/cluster.py (a plugin of the whole suite); here the OS's credential
store faked in memory and a headquarters store that logs in with a password."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from tests.pg.cluster import PASSWORD, PASSWORD_USER, PgServer, _free_port  # noqa: F401 - the tests' names


# -- the OS's credential store, and a headquarters store that needs the password ------------------------------------
class MemoryKeyring(KeyringBackend):
    """The OS's credential store, in memory."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.refuse = False

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.refuse:
            raise keyring.errors.PasswordSetError("locked")
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise PasswordDeleteError(username)
        del self.items[(service, username)]


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    fake = MemoryKeyring()
    keyring.set_keyring(fake)
    yield fake
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def hq_url(pg_password_url, tmp_path, monkeypatch) -> str:
    from dangjian_desktop import cli

    """A headquarters store on a database whose user logs in with ``PASSWORD`` (made with PGPASSWORD)."""
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert cli.main(["--data-dir", str(tmp_path / "admin"), "--database", pg_password_url, "hq-init", "--name",
                     "示范能源公司党委"]) == 0
    monkeypatch.delenv("PGPASSWORD")
    return pg_password_url
