"""The CLI contract of issue 15: `info --json` "fingerprint" on a branch; `branches --json` "fingerprint" and
"sequence"; `import --json` one object per package (file, status, reason, counts), exit 0 only when none was
refused; `branches rekey BRANCH --fingerprint FP`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path


from tests.pg.cluster import hq_cli, on_both_engines

from .conftest import PASSWORD, run


@on_both_engines  # PostgreSQL too (issue 22)
def test_fingerprint_sequence_import_and_rekey(capsys, branch_dir: Path, hq_dir: Path, tmp_path: Path):
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", branch_dir, "info", "--json")
    fingerprint = json.loads(out)["fingerprint"]
    assert code == 0 and len(fingerprint) == 19
    code, out, _ = run(capsys, "--data-dir", branch_dir, "info")
    assert f"数据包签名密钥指纹: {fingerprint}" in out
    code, out, _ = run(capsys, *hq_cli(hq_dir), "info", "--json")
    assert json.loads(out)["fingerprint"] is None  # headquarters signs nothing

    first = tmp_path / "1.djpkg"
    assert run(capsys, "--data-dir", branch_dir, "export", "--out", first, "--password-file", pw)[0] == 0
    second = tmp_path / "2.djpkg"
    code, out, _ = run(capsys, "--data-dir", branch_dir, "export", "--out", second, "--since-last",
                       "--password-file", pw)
    assert code == 0 and "序号：2（接在序号 1 之后）" in out and f"密钥指纹 {fingerprint}" in out

    code, out, err = run(capsys, *hq_cli(hq_dir), "import", second, first, "--password-file", pw, "--json")
    results = json.loads(out)
    assert code == 0, err
    assert [(Path(r["file"]).name, r["status"], r["sequence"]) for r in results] == [
        ("2.djpkg", "imported", 2), ("1.djpkg", "imported", 1)]
    assert results[1]["fingerprint"] == fingerprint and "key_pinned" in results[1]["flags"]
    assert results[1]["inserted"] > 30 and isinstance(results[1]["reason"], str)

    code, out, _ = run(capsys, *hq_cli(hq_dir), "branches", "--json")
    [b] = json.loads(out)
    assert (b["fingerprint"], b["sequence"]) == (fingerprint, 2)
    code, out, _ = run(capsys, *hq_cli(hq_dir), "branches")
    assert fingerprint in out and "序号" in out

    # again: skipped, exit 0; a refused one makes the exit 1
    code, out, _ = run(capsys, *hq_cli(hq_dir), "import", first, "--password-file", pw, "--json")
    assert code == 0 and json.loads(out)[0]["status"] == "skipped"

    # the branch gets a new PC: a new key, refused until headquarters registers it
    shutil.rmtree(branch_dir / "keys")
    code, out, _ = run(capsys, "--data-dir", branch_dir, "info", "--json")
    new_fp = json.loads(out)["fingerprint"]
    third = tmp_path / "3.djpkg"
    assert run(capsys, "--data-dir", branch_dir, "export", "--out", third, "--password-file", pw)[0] == 0
    code, out, _ = run(capsys, *hq_cli(hq_dir), "import", third, "--password-file", pw)
    assert code == 1 and out.startswith("已拒绝") and "rekey" in out
    code, out, err = run(capsys, *hq_cli(hq_dir), "branches", "rekey", "示范能源公司检修分公司党支部",
                         "--fingerprint", "not-hex")
    assert code == 2 and "16位十六进制" in err
    code, out, err = run(capsys, *hq_cli(hq_dir), "branches", "rekey", "没有这个支部", "--fingerprint", new_fp)
    assert code == 2 and "没有找到" in err
    code, out, err = run(capsys, *hq_cli(hq_dir), "branches", "rekey", "示范能源公司检修分公司党支部",
                         "--fingerprint", new_fp)
    assert code == 0 and new_fp in out, err
    code, out, _ = run(capsys, *hq_cli(hq_dir), "branches", "--json")
    assert json.loads(out)[0]["rekey_pending"] == new_fp
    code, out, _ = run(capsys, *hq_cli(hq_dir), "import", third, "--password-file", pw, "--json")
    [r] = json.loads(out)
    assert code == 0 and r["status"] == "imported" and "key_replaced" in r["flags"]
    code, out, _ = run(capsys, *hq_cli(hq_dir), "branches", "--json")
    assert json.loads(out)[0]["fingerprint"] == new_fp
