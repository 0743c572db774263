"""Which headquarters database this PC opens (issue 22): 设置 › 数据库 saves a PostgreSQL URL — without its
password — in the data folder's ``database.json``, and ``dangjian-desktop`` started without ``--database`` opens
it; 改回使用本机数据文件 removes it. The password is never written by the program: when the user ticks
「记住密码」 it goes to the OS's own credential store through the ``keyring`` library (Windows Credential
Manager on the users' PCs), else it is asked at each start.

No Qt here: the window's tab (``ui/database_settings.py``) and the tests call these functions.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.storage.engine import PgTarget, format_url, parse_target

log = logging.getLogger(__name__)

SETTINGS_FILE = "database.json"
KEYRING_SERVICE = "dangjian-desktop"
MAX_FILE_BYTES = 64 * 1024
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class Connection:
    """The parts of a PostgreSQL URL as the dialog shows them."""

    host: str
    port: int
    database: str
    user: str

    @property
    def url(self) -> str:
        return format_url(self.host, self.port, self.database, self.user)

    @classmethod
    def from_url(cls, url: str) -> Connection:
        target = _target(url)
        return cls(target.socket_dir or target.host, target.port, target.dbname, target.user)


@dataclass(frozen=True)
class CheckResult:
    url: str  # without password
    hq_name: str
    version: int


@dataclass(frozen=True)
class SaveResult:
    url: str
    hq_name: str
    password_remembered: bool
    keyring_problem: str  # why the password could not be remembered ("" when it was, or was not asked to be)


def connection(host: str, port: int | str, database: str, user: str) -> Connection:
    """The dialog's fields checked: each missing or malformed one said in Chinese."""
    host, database, user = (str(v or "").strip() for v in (host, database, user))
    missing = [label for label, value in (("服务器地址", host), ("数据库名", database), ("用户名", user)) if not value]
    if missing:
        raise ValidationError(f"请填写{'、'.join(missing)}。")
    try:
        number = int(str(port).strip() or DEFAULT_PORT)
    except ValueError:
        raise ValidationError(f"端口“{port}”不是数字：PostgreSQL 的端口通常是 5432。") from None
    if not 1 <= number <= 65535:
        raise ValidationError(f"端口 {number} 不对：应在 1 到 65535 之间，PostgreSQL 的端口通常是 5432。")
    if any(c.isspace() for c in host) or "@" in host or ("/" in host and not host.startswith("/")):
        raise ValidationError(f"服务器地址“{host}”不对：应写成服务器的名称或 IP 地址，例如 192.168.1.20。")
    conn = Connection(host, number, database, user)
    _target(conn.url)  # the URL it makes reads back (parse_target's own checks)
    return conn


def _target(url: str, password: str | None = None) -> PgTarget:
    target = parse_target(url)
    if target is None:
        raise ValidationError("没有填写数据库地址。")
    if password:
        target = PgTarget(target.user, target.host, target.port, target.dbname, password, target.socket_dir)
    return target


def check_connection(url: str, password: str | None) -> CheckResult:
    """Log in to the database ``url`` with ``password`` (None: PGPASSWORD or none) and make sure it holds a
    headquarters store. Nothing is written, on the server or on this PC. Raises a ``DomainError`` in Chinese:
    wrong password, server not reachable, an empty database (``hq-init`` first), a database of something else,
    a branch's data."""
    from dangjian_desktop.storage import SCHEMA_VERSION
    from dangjian_desktop.storage.database import DatabaseUnreachableError
    from dangjian_desktop.storage.engine import probe

    target = _target(url, password)
    shown = target.display()
    try:
        found = probe(target)
    except DatabaseUnreachableError as exc:
        if exc.needs_password:
            raise PasswordRefusedError(shown, asked=bool(password)) from exc
        raise
    if found.foreign_tables:
        raise ValidationError(f"数据库 {shown} 中已有不属于本程序的表，不是本程序的数据库。"
                              "请让管理员为上级党委新建一个空数据库，再运行 hq-init。")
    if found.version == 0:
        raise ValidationError(f"数据库 {shown} 还是空的，尚未建立上级党委数据。请先在服务器上运行："
                              f"dangjian --database {shown} hq-init --name <上级党委名称>。")
    if found.version > SCHEMA_VERSION:
        raise ValidationError(f"数据库 {shown} 由更新版本的程序建立（数据版本 {found.version}），"
                              f"本程序只能打开版本 {SCHEMA_VERSION} 及以前的数据。请先升级本程序。")
    if found.mode != "hq":
        raise ValidationError(f"数据库 {shown} 还不是上级党委数据：PostgreSQL 数据库只用于上级党委。请先运行 "
                              f"dangjian --database {shown} hq-init --name <上级党委名称>。")
    return CheckResult(shown, found.hq_name, found.version)


class PasswordRefusedError(DomainError):
    state = "password"

    def __init__(self, shown: str, *, asked: bool):
        self.needs_password = True
        super().__init__(f"用户名或密码不对：数据库 {shown} 拒绝了登录。请检查用户名和密码。" if asked else
                         f"数据库 {shown} 需要密码：请输入密码后再试。")


# -- the saved URL --------------------------------------------------------------------------------------------------
def settings_file(data_dir: Path | str) -> Path:
    return Path(data_dir) / SETTINGS_FILE


def saved_url(data_dir: Path | str) -> str | None:
    """The URL saved in 设置 (None: the data folder's own SQLite file). A damaged or hand-edited file is not
    trusted: anything but a readable PostgreSQL URL without password counts as nothing saved (logged)."""
    path = settings_file(data_dir)
    try:
        if not path.is_file():
            return None
        raw = path.read_bytes()[: MAX_FILE_BYTES + 1]
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError("too large")
        data = json.loads(raw.decode("utf-8"))
        url = data.get("url") if isinstance(data, dict) else None
        if not isinstance(url, str) or not url:
            return None
        target = parse_target(url)
    except (OSError, ValueError, DomainError) as exc:
        log.warning("ignoring %s: %s", path, exc)
        return None
    return target.display() if target is not None else None


def save(data_dir: Path | str, url: str, password: str | None, *, remember: bool = False) -> SaveResult:
    """Check the connection with ``password``, then save ``url`` (never the password) for the next start, and
    when ``remember`` put the password in the OS's credential store (a store that refuses it is said in
    ``keyring_problem``; the URL is saved all the same and the password will be asked at start). A refused check
    saves nothing: what was saved before stays."""
    from dangjian_desktop.fileio import write_bytes_atomic

    checked = check_connection(url, password)
    data = {"version": 1, "engine": "postgresql", "url": checked.url}
    path = settings_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    remembered, problem = False, ""
    if remember and password:
        try:
            remember_password(checked.url, password)
            remembered = True
        except DomainError as exc:
            problem = str(exc)
    elif not remember:
        forget_password(checked.url)
    return SaveResult(checked.url, checked.hq_name, remembered, problem)


def use_local_file(data_dir: Path | str) -> None:
    """Back to the data folder's own SQLite file at the next start: the saved URL (and a remembered password) is
    removed. Nothing on the server is touched."""
    url = saved_url(data_dir)
    path = settings_file(data_dir)
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        from dangjian_desktop.domain.faults import classify

        raise classify(exc, path) or exc from exc
    if url:
        forget_password(url)


# -- the OS's credential store (keyring) ----------------------------------------------------------------------------
def _keyring():  # noqa: ANN202 - the keyring module, imported on first use (start-up stays lean)
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def keyring_available() -> bool:
    """True when the OS offers a credential store keyring can use (Windows Credential Manager, macOS Keychain,
    a Secret Service); False e.g. on a Linux PC without one (keyring's ``fail`` backend)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken backend configuration is no backend
        log.warning("no usable keyring backend", exc_info=True)
        return False
    return float(getattr(backend, "priority", 0) or 0) > 0


def _account(url: str) -> str:
    return _target(url).display()


def remember_password(url: str, password: str) -> None:
    keyring = _keyring()
    if keyring is None or not keyring_available():
        raise ValidationError("本机没有可用的系统凭据管理器，无法记住密码：每次启动时会询问密码。")
    try:
        keyring.set_password(KEYRING_SERVICE, _account(url), password)
    except Exception as exc:  # noqa: BLE001 - keyring.errors.KeyringError, or the backend's own (D-Bus, WinError)
        log.warning("keyring refused the password", exc_info=True)
        raise ValidationError(f"系统凭据管理器没有保存密码（{exc.__class__.__name__}）：每次启动时会询问密码。") from exc


def stored_password(url: str) -> str | None:
    """The password remembered for ``url`` (None: none, or no credential store). Never raises."""
    keyring = _keyring()
    if keyring is None or not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, _account(url)) or None
    except Exception:  # noqa: BLE001
        log.warning("keyring could not be read", exc_info=True)
        return None


def forget_password(url: str) -> None:
    """Remove a remembered password (nothing to do when none). Never raises."""
    keyring = _keyring()
    if keyring is None or not keyring_available():
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, _account(url))
    except Exception:  # noqa: BLE001 - keyring.errors.PasswordDeleteError when there was none
        log.debug("no password to forget for %s", url, exc_info=True)
