"""The five exchange commands, as headquarters' scripts call them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dangjian_desktop.cli import main
from tests.pg.cluster import ENGINES, hq_cli

from .conftest import run


@pytest.fixture(params=ENGINES)
def hq_engine(request: pytest.FixtureRequest) -> str:
    """Headquarters on SQLite and on PostgreSQL (issue 22)."""
    return request.param


def test_export_verify_import_branches(capsys, branch_dir: Path, tmp_path: Path, stick: Path, pwfile: Path,
                                       make_hq):
    code, out, err = run(capsys, "--data-dir", branch_dir, "export", "--out", stick, "--password-file", pwfile)
    assert code == 0, err
    [pkg] = list(stick.glob("*.djpkg"))
    assert pkg.name.startswith("示范能源公司检修分公司党支部_") and str(pkg) in out

    code, out, err = run(capsys, "--data-dir", branch_dir, "verify", pkg, "--password-file", pwfile)
    assert code == 0, err
    assert "数据包完好" in out and "党员 30" in out and "党员名册.pdf" in out

    code, out, err = run(capsys, "--data-dir", branch_dir, "verify", pkg)
    assert code == 1 and "已加密" in err

    hq = make_hq(tmp_path / "hq")
    code, out, err = run(capsys, *hq_cli(hq), "hq-init", "--name", "示范能源公司党委")
    assert code == 0 and "示范能源公司党委" in out

    code, out, err = run(capsys, *hq_cli(hq), "branches")
    assert code == 0 and "还没有导入" in out

    code, out, err = run(capsys, *hq_cli(hq), "import", stick, "--password-file", pwfile, "--json")
    assert code == 0, err
    [r] = json.loads(out)
    assert r["outcome"] == "imported" and r["branch"] == "示范能源公司检修分公司党支部" and r["inserted"] > 30

    code, out, err = run(capsys, *hq_cli(hq), "import", pkg, "--password-file", pwfile)
    assert code == 0 and out.startswith("无变化")

    code, out, err = run(capsys, *hq_cli(hq), "branches", "--json")
    [b] = json.loads(out)
    assert b["name"] == "示范能源公司检修分公司党支部" and b["members"] == 29 and b["last_package_at"]
    code, out, err = run(capsys, *hq_cli(hq), "branches")
    assert "示范能源公司检修分公司党支部" in out and "29" in out

    # since-last into a file path
    target = tmp_path / "inc.djpkg"
    code, out, err = run(capsys, "--data-dir", branch_dir, "export", "--out", target, "--since-last",
                         "--password-file", pwfile)
    assert code == 0, err
    assert "增量" in out and target.exists()


def test_export_needs_a_password_or_an_explicit_no_encrypt(capsys, branch_dir: Path, stick: Path):
    code, out, err = run(capsys, "--data-dir", branch_dir, "export", "--out", stick)
    assert code == 2 and "--no-encrypt" in err
    assert list(stick.iterdir()) == []
    code, out, err = run(capsys, "--data-dir", branch_dir, "export", "--out", stick, "--no-encrypt")
    assert code == 0 and "警告" in err and "不加密" in err
    assert len(list(stick.glob("*.djpkg"))) == 1


def test_password_file_and_no_encrypt_are_exclusive(capsys, branch_dir: Path, stick: Path, pwfile: Path):
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(branch_dir), "export", "--out", str(stick), "--password-file", str(pwfile),
              "--no-encrypt"])
    assert exc.value.code == 2


def test_import_reports_refused_and_exits_1(capsys, hq_dir: Path, tmp_path: Path, pwfile: Path):
    bad = tmp_path / "bad.djpkg"
    bad.write_bytes(b"DJPKG\r\n\x1a" + b"\x00\x00\x00\x02{}")
    code, out, err = run(capsys, *hq_cli(hq_dir), "import", bad, "--password-file", pwfile)
    assert code == 1
    assert out.startswith("已拒绝") and "不是党支部工作台账的数据包" in out
    code, out, err = run(capsys, *hq_cli(hq_dir), "verify", bad)
    assert code == 1 and "未通过核对" in err


def test_hq_init_refuses_a_branch_store(capsys, branch_dir: Path):
    code, out, err = run(capsys, "--data-dir", branch_dir, "hq-init", "--name", "某党委")
    assert code == 2 and "已经有党支部" in err


def test_import_into_a_branch_store_is_refused(capsys, branch_dir: Path, stick: Path, pwfile: Path):
    run(capsys, "--data-dir", branch_dir, "export", "--out", stick, "--password-file", pwfile)
    code, out, err = run(capsys, "--data-dir", branch_dir, "import", stick, "--password-file", pwfile)
    assert code == 2 and "上级党委" in err


def test_missing_password_file(capsys, branch_dir: Path, stick: Path, tmp_path: Path):
    code, out, err = run(capsys, "--data-dir", branch_dir, "export", "--out", stick, "--password-file",
                         tmp_path / "nope.txt")
    assert code == 2 and "找不到密码文件" in err
